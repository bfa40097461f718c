import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/entities/index.js';
import { article, said } from './annotate-helpers.js';

/** The statements of one speaker, with whether they are direct. */
function statementsOf(name: string, ...paragraphs: string[]) {
  return annotate(article(...paragraphs)).people.find((p) => p.name === name)?.statements.map(({ text, direct }) => ({ text, direct }));
}

describe('"according to X" attributes the sentence to X', () => {
  it('takes the clause before the cue as reported speech of a named organisation', () => {
    const a = annotate(article('The strike killed 12 people, according to the Syrian Observatory for Human Rights.'));
    const sohr = a.people.find((p) => p.name === 'Syrian Observatory for Human Rights');
    expect(sohr).toMatchObject({ kind: 'organisation', statements: [{ block: 0, text: 'The strike killed 12 people', direct: false }] });
    expect(a.blocks[0]!.spans).toContainEqual(expect.objectContaining({ kind: 'speaker', ref: sohr!.id }));
  });

  it('takes the clause after the cue when the sentence opens with it', () => {
    expect(statementsOf('John Kirby', 'According to John Kirby, the talks failed.')).toEqual([{ text: 'the talks failed', direct: false }]);
    expect(said('However, according to John Kirby, the talks failed.')).toEqual({ 'John Kirby': ['the talks failed'] });
  });

  it('takes a quotation beside the cue as a direct statement, in either order and resumed after the cue', () => {
    const kirby = 'State Department spokesman John Kirby spoke to reporters on Monday.';
    expect(statementsOf('John Kirby', kirby, '"We will not stop," according to Kirby.')).toEqual([{ text: 'We will not stop', direct: true }]);
    expect(statementsOf('Sergei Lavrov', 'According to Sergei Lavrov, "the campaign will go on until the end."'))
      .toEqual([{ text: 'the campaign will go on until the end.', direct: true }]);
    expect(said('"We will not stop," according to Sergei Lavrov, "and nobody can make us."'))
      .toEqual({ 'Sergei Lavrov': ['We will not stop', 'and nobody can make us.'] });
  });

  it('joins the two halves of a clause the cue interrupts', () => {
    expect(said('The strike, according to the Syrian Observatory for Human Rights, killed 12 people.'))
      .toEqual({ 'Syrian Observatory for Human Rights': ['The strike killed 12 people'] });
    expect(said('Among the precedents at risk, according to Ms. Lee Epstein, are 16 involving business activity.'))
      .toEqual({ 'Lee Epstein': ['Among the precedents at risk are 16 involving business activity'] });
  });

  it('leaves titles, descriptions and the time of the attribution out of the statement', () => {
    const expected = { 'Syrian Observatory for Human Rights': ['The strike killed 12 people'] };
    expect(said('The strike killed 12 people, according to the Syrian Observatory for Human Rights, a British-based monitoring group.')).toEqual(expected);
    expect(said('According to the Syrian Observatory for Human Rights, a British-based monitoring group, the strike killed 12 people.'))
      .toEqual({ 'Syrian Observatory for Human Rights': ['the strike killed 12 people'] });
    expect(said('The talks failed on Monday, according to John Kirby on Tuesday.')).toEqual({ 'John Kirby': ['The talks failed on Monday'] });
    expect(said('The talks failed, according to State Department spokesman John Kirby, who spoke on condition of anonymity.'))
      .toEqual({ 'John Kirby': ['The talks failed'] });
    expect(said('Twelve people died, according to the Syrian Observatory for Human Rights, and the toll may rise.'))
      .toEqual({ 'Syrian Observatory for Human Rights': ['Twelve people died'] });
  });

  it('makes the issuer of a statement the speaker, but not the publisher of a document or data', () => {
    const ministry = { 'Russian defence ministry': ['The talks failed'] };
    expect(said('The talks failed, according to a statement from the Russian defence ministry.')).toEqual(ministry);
    expect(said('The talks failed, according to the Russian defence ministry\'s statement.')).toEqual(ministry);
    expect(said('The talks failed, according to the Russian defence ministry\'s website.')).toEqual({});
    expect(said('Turnout rose, according to figures from the Federal Election Commission.')).toEqual({});
    expect(said('Trump leads by five points, according to a CNN poll.')).toEqual({});
    expect(said('Ferguson had two murders in 2014, according to the FBI data.')).toEqual({});
    expect(said('The plane flew 333 hours, according to F.A.A. records.')).toEqual({});
  });

  it.each([
    'The strike hit a hospital, according to officials.',
    'The strike hit a hospital, according to sources.',
    'According to U.S. officials, the strike hit a hospital.',
    'The deal is close, according to people familiar with the matter.',
    'The project is on track, according to the plan.',
    'Work began on time, according to the schedule.',
    'Prices rose 3 percent, according to the data.',
    'Prices rose 3 percent, according to the report.',
    'Prices rose 3 percent, according to reports.',
    'Prices rose 3 percent, according to official figures.',
    'Prices rose 3 percent, according to estimates.',
    'According to CNN reports, the strike hit a hospital.',
    'The talks failed, according to a statement.',
    'Players are seeded according to the rules.',
    'The files are sorted according to size.',
    'The road is blocked, according to Google Maps.',
    'According to him, the talks failed.',
  ])('gives no statement when X names no speaker: %s', (sentence) => {
    expect(said(sentence)).toEqual({});
  });

  it('makes a place that speaks an organisation, still listed as a place', () => {
    const a = annotate(article('According to Moscow, the strikes hit only militants.'));
    expect(a.people.find((p) => p.name === 'Moscow')).toMatchObject({ kind: 'organisation', statements: [{ text: 'the strikes hit only militants' }] });
    expect(a.places.map((p) => p.name)).toContain('Moscow');
  });

  it('leaves the words to the speaker the verb names when the source only passed them on', () => {
    expect(said('"I ask you as a personal courtesy not to protest," Sergei Lavrov said, according to CNN.'))
      .toEqual({ 'Sergei Lavrov': ['I ask you as a personal courtesy not to protest'] });
    expect(said('Sergei Lavrov said the talks failed, according to CNN.')).toEqual({ 'Sergei Lavrov': ['the talks failed'] });
  });

  it('resolves "him" and a role to the entity named before, in a multi-paragraph article', () => {
    const a = annotate(article(
      'State Department spokesman John Kirby spoke to reporters in Washington on Monday.',
      'The talks, according to him, had failed.',
      'The Russian defence ministry said on Tuesday that a soldier had died.',
      'More strikes are planned, according to the ministry.',
      'According to officials, the convoy was turned back.',
      'The convoy was carrying food, according to the ministry\'s website.',
    ));
    const kirby = a.people.find((p) => p.name === 'John Kirby')!;
    expect(kirby.statements).toEqual([{ block: 1, text: 'The talks had failed', direct: false }]);
    expect(a.people.find((p) => p.name === 'Russian defence ministry')!.statements.map((s) => [s.block, s.text]))
      .toEqual([[2, 'a soldier had died'], [3, 'More strikes are planned']]);
    expect(a.people.filter((p) => p.statements.length).map((p) => p.name)).toEqual(['John Kirby', 'Russian defence ministry']);
    // "him" is marked as the speaker it stands for.
    const him = a.blocks[1]!.spans.find((s) => a.blocks[1]!.text.slice(s.start, s.end) === 'him');
    expect(him).toEqual(expect.objectContaining({ kind: 'speaker', ref: kirby.id }));
  });
});
