import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/core/entities/index.js';
import { article, said } from './annotate-helpers.js';

describe('speaker attribution', () => {
  it('finds the speaker before the verb, after it, and after a quotation', () => {
    expect(said('Foreign Minister Sergei Lavrov said the bombing would go on.')).toEqual({ 'Sergei Lavrov': ['the bombing would go on'] });
    expect(said('"We will not stop," said Sergei Lavrov.')).toEqual({ 'Sergei Lavrov': ['We will not stop'] });
    expect(said('"We will not stop," Foreign Minister Sergei Lavrov told reporters.')).toEqual({ 'Sergei Lavrov': ['We will not stop'] });
  });

  it('finds a speaker the tagger does not know by the seat of the attribution, and both halves of a split quotation', () => {
    expect(said('\u201cLet\u2019s take this opportunity,\u201d Blackwell wrote, \u201cto nominate and elect a Republican president.\u201d'))
      .toEqual({ Blackwell: ['Let\u2019s take this opportunity', 'to nominate and elect a Republican president.'] });
    expect(said('\u201cWe never give up on this country,\u201d Democrats said.')).toEqual({});
  });

  it('cuts a role out of the middle of a name', () => {
    expect(said('Former Clinton Senior Adviser Sidney Blumenthal said he had no idea.')).toEqual({ 'Sidney Blumenthal': ['he had no idea'] });
  });

  it('takes the quotation after a short phrase and a colon', () => {
    expect(said('Senator Jane Roe wrote on Twitter: "This bill will not pass the Senate this year."'))
      .toEqual({ 'Jane Roe': ['This bill will not pass the Senate this year.'] });
  });

  it('takes the reported clause that comes before the attribution', () => {
    expect(said('The talks will resume in March, the French foreign ministry said on Tuesday.'))
      .toEqual({ 'French foreign ministry': ['The talks will resume in March'] });
  });

  it('joins the two halves of a reported clause that an attribution interrupts, but not what starts something new', () => {
    expect(said('The strike, the Russian defence ministry said, killed 12 people.')).toEqual({ 'Russian defence ministry': ['The strike killed 12 people'] });
    expect(said('The talks failed, Sergei Lavrov said, adding that aid was coming.')).toEqual({ 'Sergei Lavrov': ['The talks failed'] });
  });

  it('does not end a sentence after a title or an initial, nor take a possessor after the verb for the speaker', () => {
    expect(said('Mr. Lavrov said the U.S. plan had failed.')).toEqual({ Lavrov: ['the U.S. plan had failed'] });
    expect(said('Sergei Lavrov and Donald Trump spoke.', 'He did not think Trump\'s plan would last long: "Once the winter comes, it will fail," Lavrov predicted.'))
      .toEqual({ 'Sergei Lavrov': ['Once the winter comes, it will fail'] });
  });

  it('skips an appositive between the speaker and the verb', () => {
    expect(Object.keys(said('The Syrian Observatory for Human Rights, a British-based monitoring group with sources in Syria, said three soldiers died.')))
      .toEqual(['Syrian Observatory for Human Rights']);
  });

  it('resolves a surname, a role and a pronoun to the person named before', () => {
    const r = said(
      'State Department spokesman John Kirby spoke to reporters in Washington on Monday.',
      '"The strikes must stop," Kirby said.',
      'The spokesman said the talks were stalled.',
      'He added that more aid was coming.',
    );
    expect(r).toEqual({ 'John Kirby': ['The strikes must stop', 'the talks were stalled', 'more aid was coming'] });
  });

  it('continues a quotation into the next paragraph', () => {
    const r = said('"We call on Russia to stop," said Kirby Jones, the envoy.', '"And we call on everyone else to help."');
    expect(r['Kirby Jones']).toEqual(['We call on Russia to stop', 'And we call on everyone else to help.']);
  });

  it('makes a country that speaks an organisation, still listed as a place', () => {
    const a = annotate(article('Moscow says its advisers in Syria have not joined combat.'));
    expect(a.people.find((p) => p.name === 'Moscow')).toMatchObject({ kind: 'organisation' });
    expect(a.places.map((p) => p.name)).toContain('Moscow');
  });

  it('gives no statement to someone merely mentioned, or to a scare quote', () => {
    expect(said('The base in Latakia is the stronghold of President Bashar Assad.')).toEqual({});
    expect(said('The campaign will go on until "terrorist organisations" are defeated.')).toEqual({});
    expect(said('Officials said the road was closed.')).toEqual({});
  });
});

describe('names and places', () => {
  it('finds places after "province of", and the same place written in lower case', () => {
    const a = annotate(article('Rebels hold the province of Idlib.', 'Fighting went on in idlib all week.'));
    const idlib = a.places.find((p) => p.name === 'Idlib')!;
    expect(idlib).toBeTruthy();
    expect(a.blocks[1]!.spans).toContainEqual({ start: 20, end: 25, kind: 'place', ref: idlib.id });
  });

  it('keeps titles out of names and merges the orders of a ministry name', () => {
    const a = annotate(article('Russian President Vladimir Putin spoke.', 'The Russian ministry of defence said a soldier died.', 'The Russian defence ministry said he was awarded a medal.'));
    expect(a.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Russian ministry of defence']));
    expect(a.people.find((p) => p.name === 'Russian ministry of defence')!.aliases).toContain('Russian defence ministry');
  });
});

describe('places from context', () => {
  it('takes a capitalised name after "in" or before ", <place>" as a place, but not months or languages', () => {
    const a = annotate(article('The mill in Aisby closed in March.', 'He moved to Harrison, Arkansas, and wrote in English.'));
    const names = a.places.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Aisby', 'Harrison']));
    expect(names).not.toContain('March');
    expect(names).not.toContain('English');
  });

  it('does not spread a guess from context to the same word elsewhere', () => {
    const a = annotate(article('The ball went in Bobick territory.', 'Alex Bobick said the team would win.', 'Bobick scored twice.'));
    expect(a.people.find((p) => p.name === 'Alex Bobick')?.statements).toHaveLength(1);
    expect(a.blocks[2]!.spans[0]).toMatchObject({ kind: 'speaker' });
  });
});
