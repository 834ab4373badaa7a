import { strict as assert } from 'assert';
import { pasteParts, runningFooters } from '../../server/src/engine/import/paste';
import { importFromText } from '../../server/src/engine/import/fromText';
import { checkPosting } from '../../server/src/engine';

// Import faults a rule would then read as the posting's own words (issue 14 §4, s21): page furniture among the duties
// or competencies, names joined by a middle dot, a clause that keeps the word that joined it.

type Data = Record<string, unknown>;
const tor = (data: Data) => (data.terms_of_reference ?? {}) as Data;

describe('import: page furniture and joined lists are not read as the posting (issue 14 \u00a74)', () => {
  const deck = [
    'Slide 1',
    'JPO Opportunity 2031',
    'Associate Field Officer',
    'UNHCR | Kakuma, Kenya | P2',
    '',
    'Slide 2',
    'What you will do',
    '1. Coordinate the community outreach volunteers in the camps.',
    '2. Draft the monthly protection monitoring report.',
    '',
    'Slide 3',
    'Competencies',
    '\u25aa Core: Accountability \u00b7 Communication \u00b7 Organizational Awareness \u00b7 Teamwork & Collaboration \u00b7 Commitment to Continuous Learning \u00b7 Client & Result Orientation',
    '\u25aa Cross-functional: Stakeholder Management \u00b7 Empowering and Building Trust',
    '',
    'Slide 4',
    'How to apply',
    'Apply on Workday before the closing date.',
  ].join('\n');

  it("keeps a slide's number under notes, never among the duties or competencies", () => {
    const { data } = importFromText(deck);
    assert.equal(data.profile, 'jpo');
    assert.deepEqual(tor(data).duties, [
      'Coordinate the community outreach volunteers in the camps.',
      'Draft the monthly protection monitoring report.',
    ]);
    assert.doesNotMatch(JSON.stringify(tor(data)), /Slide \d/);
    assert.ok((data.notes as string[]).includes('Slide 3'));
  });

  it('splits competency names joined by a middle dot, and keeps a name with "and" whole', () => {
    const { data } = importFromText(deck);
    const competencies = ((tor(data).qualifications ?? {}) as Data).key_competencies as Data;
    assert.deepEqual(competencies.core, [
      'Accountability',
      'Communication',
      'Organizational Awareness',
      'Teamwork & Collaboration',
      'Commitment to Continuous Learning',
      'Client & Result Orientation',
    ]);
    assert.deepEqual(competencies.cross_functional, ['Stakeholder Management', 'Empowering and Building Trust']);
    const codes = checkPosting(importFromText(deck).yaml).problems.map((problem) => problem.code);
    assert.ok(!codes.includes('unknown-competency'), codes.join());
    assert.ok(!codes.includes('missing-core-competency'), codes.join());
  });

  it("splits a UNHCR staff posting's competencies joined by a middle dot too", () => {
    const text = [
      'Associate Protection Officer',
      'UNHCR',
      'Grade: NOB',
      'Duty station: Kakuma, Kenya',
      '',
      'Standard Job Description',
      'Organizational Setting and Work Relationships',
      'The Associate Protection Officer reports to the Protection Officer.',
      '',
      'Competency Requirements',
      'Core Competencies',
      'Accountability \u00b7 Communication \u00b7 Teamwork & Collaboration',
      'Cross-Functional Competencies',
      'Analytical Thinking \u2022 Planning and Organizing',
    ].join('\n');
    const { data } = importFromText(text);
    assert.equal(data.profile, 'unhcr-staff');
    const sjd = data.standard_job_description as Data;
    assert.deepEqual(sjd.competency_requirements, {
      core: ['Accountability', 'Communication', 'Teamwork & Collaboration'],
      cross_functional: ['Analytical Thinking', 'Planning and Organizing'],
    });
  });

  it('reads a footer the copy repeats with each page number as page furniture, and a row read once as text', () => {
    const pad = (text: string) => `${' '.repeat(40)}${text}`;
    const lines = [
      'DUTIES AND RESPONSIBILITIES',
      '1. Support the roll-out of the new curriculum.',
      pad('Education Programme | 1'),
      '2. Monitor partner implementation in the learning centres.',
      pad('Education Programme | 2'),
    ];
    assert.deepEqual([...runningFooters(lines)], ['Education Programme | 1', 'Education Programme | 2']);
    const { body, aside } = pasteParts(lines.join('\n'));
    assert.doesNotMatch(body, /Programme \|/);
    assert.deepEqual(aside, ['Education Programme | 1', 'Education Programme | 2']);
    // Once only, or with digits of its own, a line ending in a number is the text's.
    assert.equal(runningFooters(['Positions | 2', 'Duration | 12']).size, 0);
    assert.equal(runningFooters(['Room 4 | 1', 'Room 4 | 2']).size, 0);
    assert.equal(runningFooters(['Positions | 2', 'Positions | 2']).size, 0, 'the same number twice is a repeated row');
  });

  it('drops the words that joined a second requirement to the first when it splits the sentence', () => {
    const text = [
      'Education Officer',
      'Save the Learners Fiji',
      '',
      'Key responsibilities',
      '- Plan the teacher training calendar with the district office.',
      '',
      'Qualifications',
      'A degree in education or a teaching diploma from a recognised institution, and three years of classroom experience.',
      '',
      'Closing date: 3 March 2031',
    ].join('\n');
    const { data } = importFromText(text);
    assert.match(String(data.education), /^A degree in education or a teaching diploma/);
    assert.equal(data.experience, 'Three years of classroom experience.');
  });
});
