import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/entities/index.js';
import { article } from './annotate-helpers.js';

/** Kind of each name found, by name. */
function kinds(...paragraphs: string[]): Record<string, string> {
  const a = annotate(article(...paragraphs));
  return Object.fromEntries([...a.people.map((p) => [p.name, p.kind]), ...a.places.filter((p) => !a.people.some((x) => x.name === p.name)).map((p) => [p.name, 'place'])]);
}

describe('teams in sports results', () => {
  it('reads towns and counties in a results line of a sports report as teams', () => {
    const k = kinds(
      'Newcastle drew with Blackburn in the league on Saturday, and Leicester beat Bristol by an innings in the county championship.',
      'Newcastle 2 Blackburn 2',
      'Leicestershire 296 and 174, Gloucestershire 83 and 201.',
      'Leicestershire 22 points, Gloucestershire 4.',
    );
    expect(k).toMatchObject({ Newcastle: 'organisation', Blackburn: 'organisation', Leicestershire: 'organisation', Gloucestershire: 'organisation' });
  });

  it('reads a standings table of a sports report as teams, one row a line', () => {
    const k = kinds('Standings in the baseball league after Sunday\u2019s games (won, lost, percentage, games behind):',
      'Baltimore 70 63 .526 4\nChicago 71 64 .526 10\nMilwaukee 67 67 .500 13');
    expect(k).toMatchObject({ Baltimore: 'organisation', Chicago: 'organisation', Milwaukee: 'organisation' });
  });

  it('keeps players as people and countries as places in a results line', () => {
    const k = kinds('Results of the tennis tournament quarter-finals, and the golf championship leaders:',
      'Peter Nicol (Scotland) beat Chris Walker (England) 15-8 15-13 13-15 15-9',
      'Greg Norman 68 70 72, Ernie Els 70 70 71',
      'Australia 310 and 150-3, India 220.', 'England 250 and 201, Scotland 198.');
    expect(k).toMatchObject({ 'Peter Nicol': 'person', 'Chris Walker': 'person', 'Greg Norman': 'person', 'Ernie Els': 'person', Australia: 'place', India: 'place', England: 'place', Scotland: 'place' });
  });

  it('leaves places in a table outside sport as places: weather, election results', () => {
    const k = kinds('Temperatures on Tuesday, in degrees, with the forecast for Wednesday:', 'London 18 24\nManchester 16 21\nLeeds 15 20',
      'Votes counted by Friday night, in thousands:', 'Leeds 220 Bradford 180');
    expect(k).toMatchObject({ London: 'place' });
    expect(Object.values(k)).not.toContain('organisation');
  });

  it('reads a dateline with a date as the place the story was filed from, not a team', () => {
    const k = kinds('SEOUL 1996-08-30', 'Pohang beat Ulsan 2-1 in the league on Friday, and the striker scored twice.', 'Pohang 2 Ulsan 1');
    expect(k).toMatchObject({ SEOUL: 'place', Pohang: 'organisation', Ulsan: 'organisation' });
  });
});
