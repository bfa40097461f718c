import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/entities/index.js';
import { article } from './annotate-helpers.js';

/** Kind of each name found, by name: people and organisations by their kind, places as 'place'. */
function kinds(...paragraphs: string[]): Record<string, string> {
  const a = annotate(article(...paragraphs));
  return Object.fromEntries([...a.places.map((p) => [p.name, 'place']), ...a.people.map((p) => [p.name, p.kind])]);
}

/** What the sentence around a name says of it, where the tagger's guess from the word alone goes wrong. */
describe('names read from their context', () => {
  it('reads a name after an honorific as a person', () => {
    expect(kinds('There was a time, Mr Panvalkar recalled, when the mill employed half the town.')).toMatchObject({ Panvalkar: 'person' });
    expect(kinds('In the 1350s, King Gongmin was free at last to reform the government.')).toMatchObject({ Gongmin: 'person' });
  });

  it('reads a name followed by ", who" as a person, and leaves a company followed by ", whose" alone', () => {
    expect(kinds('Isner, who produced some of his best tennis, won in four sets.')).toEqual({ Isner: 'person' });
    expect(kinds('Apple, whose shares fell, declined to comment.')).not.toHaveProperty('Apple', 'person');
  });

  it('reads an unfamiliar name in the speaker\u2019s seat as a person, and a known place there as its government', () => {
    expect(kinds('The next step is a bath to remove the cuticle, Tarlo explains.')).toEqual({ Tarlo: 'person' });
    expect(kinds('"We are playing a role in cutting emissions," said Guilbeault.')).toEqual({ Guilbeault: 'person' });
    expect(kinds('"The border stays closed," France said on Monday.')).toMatchObject({ France: 'organisation' });
  });

  it('reads country abbreviations as places, whatever the tagger guessed', () => {
    expect(kinds('Its head office has been in Cheltenham, UK, since it was founded.')).toMatchObject({ UK: 'place' });
    expect(kinds('Stoloff was born in Philadelphia, Pennsylvania, USA, in 1911.')).toMatchObject({ USA: 'place' });
  });

  it('reads what a sentence says a name is: a band or a maker is an organisation, a chemist a person', () => {
    expect(kinds('Korn, an American band, toured with them in 2003.')).toMatchObject({ Korn: 'organisation' });
    expect(kinds('Aero Gare was a kitplane manufacturer founded by Gary LeGare.')).toMatchObject({ 'Aero Gare': 'organisation', 'Gary LeGare': 'person' });
    expect(kinds('Smith is a member of the band.')).toEqual({ Smith: 'person' });
  });

  it('reads a "person" ending in Society or Company as an organisation, and keeps a given name before Hall a person', () => {
    expect(kinds('It has been linked to the John Birch Society since 1970.')).toEqual({ 'John Birch Society': 'organisation' });
    expect(kinds('Sarah Hall said the vote would be close.')).toEqual({ 'Sarah Hall': 'person' });
  });

  it('reads a name the lists hold as an organisation as one, whatever the tagger guessed', () => {
    expect(kinds('The San Francisco Chronicle says police are looking into it.')).toEqual({ 'San Francisco Chronicle': 'organisation' });
    expect(kinds('Goldman Sachs said profits rose.')).toEqual({ 'Goldman Sachs': 'organisation' });
  });

  it('names a government by its nation, not by an ordinary word or half a place', () => {
    expect(kinds('The Hong Kong government said the protest was illegal.')).toEqual({ 'Hong Kong': 'place' });
    expect(kinds('As government forces advanced, residents fled.')).toEqual({});
    expect(kinds('The Syrian government denied it.')).toEqual({ 'Syrian government': 'organisation' });
  });

  it('reads a name after the kind of work it is as its title, not a person or a place', () => {
    expect(kinds('He wrote the script for the serial Kinda in 1982.')).toEqual({});
    expect(kinds('It is played the same as its flagship game Powerball.')).toEqual({});
    expect(kinds('Zaliwa is an endangered language spoken by 200 people.')).toEqual({});
    expect(kinds('Miriam is a novel by Ahmed Khan.')).toEqual({ 'Ahmed Khan': 'person' });
    expect(kinds('Spielberg made the film Lincoln with Daniel Day-Lewis.')).toEqual({ 'Daniel Day-Lewis': 'person' });
  });

  it('reads a name that fills a quotation as the title of a work, not a person', () => {
    expect(kinds('Among the tracks are "Valhalla" and "Savior", the latter written by Jared Leto.')).toEqual({ 'Jared Leto': 'person' });
  });

  it('reads seas, deltas and mountains as places, and a word the lists know only as a place as one', () => {
    expect(kinds('Ships crossed the Black Sea to the Danube Delta.')).toEqual({ 'Black Sea': 'place', 'Danube Delta': 'place' });
    expect(kinds('He made trips to Russia and visited Kamchatka and Sakhalin in September.')).toEqual({ Russia: 'place', Kamchatka: 'place', Sakhalin: 'place' });
  });

  it('splits two known names joined by "and", and keeps one name that has "and" in it whole', () => {
    expect(kinds('The United Nations and European Union met in Geneva.')).toMatchObject({ 'United Nations': 'organisation', 'European Union': 'organisation' });
    expect(kinds('The Department of Health and Human Services issued a warning.')).toEqual({ 'Department of Health and Human Services': 'organisation' });
    expect(kinds('Bosnia and Herzegovina voted on Sunday.')).not.toHaveProperty('Bosnia and Herzegovina', 'organisation');
  });

  it('reads a headline in Title Case by its names, not its capitals', () => {
    const k = kinds('Chelsea Activate Release Clause To Sign Kepa Arrizabalaga From Athletic Bilbao');
    expect(k).toMatchObject({ 'Kepa Arrizabalaga': 'person' });
    expect(Object.keys(k).join(' | ')).not.toMatch(/\b(?:Release|Clause|To|From)\b/);
  });

  it('reads what a sentence says is a village, town or river as a place, and no pronoun as one', () => {
    expect(kinds('Aisby is a village in the English county of Lincolnshire.')).toMatchObject({ Aisby: 'place' });
    expect(kinds('Bilje, a municipality near Osijek, was flooded in May.')).toMatchObject({ Bilje: 'place' });
    expect(kinds('It is a small town with a long history, and This was a village once.')).toEqual({});
  });

  it('takes no known place before "is an American rapper" for the person defined', () => {
    expect(kinds('Kevin Daniels (born August 23, 1993) in Danvers, Massachusetts is an American rapper and singer.')).toMatchObject({ Massachusetts: 'place' });
  });

  it('keeps what the article says a name is wherever the name comes again', () => {
    const said = kinds('Aisby is a village in the parish of Heydour.', 'Aisby lies on a minor road.', 'Aisby has a chapel.', 'Both Heydour and Aisby were named in the survey.');
    expect(said).toMatchObject({ Aisby: 'place' });
  });

  it('reads continents and world regions as places, even when their words are given and family names', () => {
    expect(kinds('The mission was sent to West Africa in 1898.')).toEqual({ 'West Africa': 'place' });
    expect(kinds('Exports to Europe and the Middle East rose.')).toEqual({ Europe: 'place', 'Middle East': 'place' });
    expect(kinds('Bank of America said profits rose.')).toEqual({ 'Bank of America': 'organisation' });
  });

  it('takes the noun before "in Liège said" for the speaker, not the place', () => {
    expect(kinds('"They are unharmed," a police official in Liège said.')).toEqual({ Liège: 'place' });
    expect(kinds('"We will rebuild," Tarlo said.')).toEqual({ Tarlo: 'person' });
  });

  it('takes no ordinary word that opens a sentence for a speaker', () => {
    expect(kinds('Traders said Japanese investors were selling.')).toEqual({});
    expect(kinds('Eyewitnesses told reporters they saw two cars.')).toEqual({});
    expect(kinds('Guilbeault said the plan would cut emissions.')).toEqual({ Guilbeault: 'person' });
  });

  it('reads "Hall of Fame" and "Gulf of Mexico" as one name each, with the words before the head and without a title after it', () => {
    expect(kinds('He was inducted into the Hockey Hall of Fame in 1960.')).toEqual({ 'Hockey Hall of Fame': 'organisation' });
    expect(kinds('Oil rigs in the Gulf of Mexico were shut.')).toEqual({ 'Gulf of Mexico': 'place' });
    expect(kinds('Bank of England Governor Mark Carney spoke.')).toEqual({ 'Bank of England': 'organisation', 'Mark Carney': 'person' });
    expect(kinds('Boats moored at the bank of the Chilia arm.')).not.toHaveProperty('bank of the Chilia');
  });

  it('reads a name ending in Reservoir or Gym as a place, whatever given name starts it', () => {
    expect(kinds('The train stopped at Davis Gym.')).toEqual({ 'Davis Gym': 'place' });
    expect(kinds('The park includes Lincoln Reservoir and a playground.')).toMatchObject({ 'Lincoln Reservoir': 'place' });
  });

  it('reads a name starting with Camp, Fort or Mount as a place, and one starting with Hotel as a business', () => {
    expect(kinds('The regiment was formed at Camp Howe, near Pittsburgh.')).toMatchObject({ 'Camp Howe': 'place' });
    expect(kinds('The band played the Shadow Lounge and the Cameo Theatre that summer.')).toEqual({ 'Shadow Lounge': 'organisation', 'Cameo Theatre': 'organisation' });
  });

  it('reads a county, a parish or a cave as a place where the tagger guessed an organisation', () => {
    expect(kinds('The bus service is provided by Fairfax County for its residents.')).toMatchObject({ 'Fairfax County': 'place' });
  });

  it('reads no person, place or organisation into a machine named with its model code', () => {
    expect(kinds('The wing flew the P-51 Mustang, the F-16 Fighting Falcon and B-25 Mitchell bombers.')).toEqual({});
  });

  it('reads a possessive with no noun after it, where one goes, as a business named for its owner', () => {
    expect(kinds('The band played every week at Miller\u2019s, a bar on the corner.')).toMatchObject({ Miller: 'organisation' });
    expect(kinds('The coat on the chair was Miller\u2019s.')).not.toHaveProperty('Miller', 'organisation');
  });

  it('reads one word that ends a place\u2019s or an organisation\u2019s name in the article as that name, short, and not a man named in a building\u2019s name', () => {
    expect(kinds('The City of Hayward opened Centennial Hall in 1966.', 'Hall staff welcomed the guests.')).not.toHaveProperty('Hall', 'person');
    expect(kinds('Trump spoke at Trump Tower on Monday.', '"We will win," Trump said.')).toMatchObject({ Trump: 'person' });
  });

  it('reads no faith or its followers as a person, place or organisation', () => {
    expect(kinds('Moslems were driven from the village during the war.')).toEqual({});
    expect(kinds('Catholics and Jews prayed together in Cairo.')).toEqual({ Cairo: 'place' });
    expect(kinds('Latakia is the main stronghold of President Bashar Assad\u2019s minority Alawite sect.')).not.toHaveProperty('Alawite');
  });

  it('reads no war, age or era as a person, place or organisation, and keeps the place a war is named for', () => {
    expect(kinds('In the Middle Ages the town grew, and after World War II it was rebuilt.')).toEqual({});
    expect(kinds('The Gulf War began after Iraq invaded Kuwait.')).toEqual({ Iraq: 'place', Kuwait: 'place' });
  });

  it('reads no cup, prize or festival as a person, place or organisation, and keeps the place it is held in', () => {
    expect(kinds('She won the Nobel Prize and played the Glastonbury Festival.')).toEqual({});
    expect(kinds('The Davis Cup final was played in Paris.')).toEqual({ Paris: 'place' });
  });

  it('splits a body\u2019s name that runs on through a title into a given name into the body and the person', () => {
    expect(kinds('Seminole County Sheriff Don Eslinger said the road was closed.')).toMatchObject({ 'Don Eslinger': 'person' });
    expect(kinds('Texas Coach Darrell Royal won again.')).toMatchObject({ 'Darrell Royal': 'person' });
    expect(kinds('Shares fell on the New York Stock Exchange.')).toEqual({ 'New York Stock Exchange': 'organisation' });
  });

  it('reads "Sayler\u2019s Creek" and "Howe\u2019s Brigade" as a place and a unit named for someone, not a person and a word', () => {
    expect(kinds('The regiment joined Howe\u2019s Brigade and fought at Sayler\u2019s Creek.')).toEqual({ 'Howe\u2019s Brigade': 'organisation', 'Sayler\u2019s Creek': 'place' });
    expect(kinds('Trump\u2019s campaign said the tower was lit.')).toEqual({ Trump: 'person' });
  });

  it('keeps a person whose name holds a country\u2019s ("Michael Jordan"), and still reads the country the tagger split ("Sri Lanka")', () => {
    expect(kinds('Michael Jordan scored 40 points.')).toEqual({ 'Michael Jordan': 'person' });
    expect(kinds('Sri Lanka beat India by six wickets.')).toEqual({ 'Sri Lanka': 'place', India: 'place' });
  });

  it('reads an English county\u2019s "-shire" name as a place, never a person', () => {
    expect(kinds('Aisby lies near Grantham, Lincolnshire, not far from the coast.')).toMatchObject({ Lincolnshire: 'place' });
  });
});
