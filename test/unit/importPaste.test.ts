import { strict as assert } from 'assert';
import { importedLines } from '../helpers/imported';
import {
  columnsUnfolded,
  csvRead,
  jsonRead,
  linkListRead,
  markupRead,
  openInlineLists,
  pasteParts,
  plainCharacters,
  screenReaderRead,
  wordsRejoined,
  siteHeaderLines,
  siteFooterStart,
  withoutMojibake,
  withoutOcrConfusions,
  checkedOptions,
  boardCardRead,
} from '../../server/src/engine/import/paste';
import { importFromText } from '../../server/src/engine/import/fromText';

const notice = [
  'VACANCY NOTICE',
  'Vacancy Notice No.: KRT/VN/2031/07',
  'Title of Post: Driver',
  'Category/grade: G-2',
  'Location: Kassala, Sudan',
  'Closing Date: 14 March 2031',
  '',
  'DUTIES AND RESPONSIBILITIES',
  '- Drive office vehicles for official purposes',
  '  and keep the log book up to date.',
  '- Carry out daily checks of the vehicle.',
];

describe('pasteParts: what a paste carries besides the posting', () => {
  it("reads a text browser's dump: its list of links and its lines of links aside, the marks of links dropped", () => {
    const dump = [
      '   [1]Skip to main content',
      '   [2]Harbour Aid Jobs',
      '',
      '                         Fleet Mechanic',
      '',
      '   [3]Apply',
      '',
      '   Duty station: Beira, Mozambique',
      '',
      '   Responsibilities',
      '     * Service the fleet of twelve vehicles every month.',
      '     * Keep the workshop log up to date.',
      '',
      '   How to apply',
      '   Apply through the',
      '   [4]careers portal by 30 June 2031.',
      '',
      '   [5]Apply  [6]Share',
      '',
      'References',
      '',
      '   1. https://jobs.harbour.example/#main',
      '   2. https://jobs.harbour.example/',
      '   3. https://jobs.harbour.example/apply/77',
      '   4. https://jobs.harbour.example/portal',
      '   5. https://jobs.harbour.example/apply/77',
      '   6. https://jobs.harbour.example/share/77',
    ];
    const read = linkListRead(dump);
    assert.ok(read);
    assert.ok(read.aside.includes('Skip to main content') && read.aside.includes('Apply  Share') && read.aside.includes('References'));
    assert.ok(read.body.includes('   careers portal by 30 June 2031.'), 'a paragraph goes on into a line that opens with a link');
    assert.ok(!read.body.some((line) => /\[\d+\]|https:/.test(line)));
    const data = importFromText(dump.join('\n')).data as Record<string, unknown>;
    assert.equal(data.title, 'Fleet Mechanic');
    assert.deepEqual(data.duties, ['Service the fleet of twelve vehicles every month.', 'Keep the workshop log up to date.']);
    // A text that ends with a heading "References" over anything but numbered addresses is no dump.
    assert.equal(linkListRead(['Duties', '- Drive.', 'References', 'Available on request.']), undefined);
  });

  it("reads a feed item's HTML as the text it shows: the feed's own lines aside, bold labels, list items, its date", () => {
    const feed = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0"><channel>',
      '<title>Riverbank Trust jobs</title>',
      '<link>https://jobs.riverbank.example/</link>',
      '<item>',
      '<title>Field Coordinator</title>',
      '<pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate>',
      '<description><![CDATA[',
      '<p><b>Duty station</b> Lodwar, Kenya</p>',
      '<p><b>Closing date:</b> 31 March 2026</p>',
      '<h3>Responsibilities</h3>',
      '<ul><li>Lead the field team.</li><li>Report to the donor.</li></ul>',
      ']]></description>',
      '</item></channel></rss>',
    ].join('\n');
    const { body, aside } = pasteParts(feed);
    assert.ok(aside.includes('Riverbank Trust jobs') && aside.includes('https://jobs.riverbank.example/'));
    assert.ok(!/[<>]/.test(body));
    const { data } = importFromText(feed);
    assert.equal(data.title, 'Field Coordinator');
    assert.equal(data.duty_station, 'Lodwar');
    assert.equal(data.country, 'Kenya');
    assert.deepEqual(data.duties, ['Lead the field team.', 'Report to the donor.']);
    const date = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    assert.equal(date(data.deadline), '2026-03-31');
    assert.equal(date(data.date_posted), '2026-03-03');
  });

  it('leaves a text with a few angle brackets as it is', () => {
    const text = 'Send your CV to <jobs@example.org> by 3 March.\nSalary: < USD 2,000 per month';
    assert.equal(pasteParts(text).body, text);
  });

  it("reads a social-media thread as one text: authors and post numbers aside, the first post's date as posted", () => {
    const thread = [
      'Green Valley Trust',
      '@GreenValleyTrust',
      "We're hiring a Farm Trainer in Gulu, Uganda! Details below (1/4)",
      '9:15 AM \u00b7 Feb 3, 2026 \u00b7 2,310 Views',
      '',
      'Green Valley Trust',
      '@GreenValleyTrust',
      "What you'll do:",
      '- run farmer field schools in six parishes',
      '- keep attendance records up to date',
      '(2/4)',
      '',
      'Green Valley Trust @GreenValleyTrust \u00b7 Feb 3',
      'You have:',
      '- a diploma in agriculture',
      '- two years of extension work (3/4)',
      '',
      'Green Valley Trust @GreenValleyTrust \u00b7 Feb 3',
      'Apply by 20 February 2026 to jobs@greenvalley.example (4/4)',
    ];
    const { body, aside } = pasteParts(thread.join('\n'));
    assert.ok(body.startsWith('Organization: Green Valley Trust\nDate posted: 2026-02-03\n'));
    assert.ok(!/@GreenValleyTrust|\(\d\/4\)/.test(body));
    assert.ok(
      aside.includes('@GreenValleyTrust') && aside.includes('(3/4)') && aside.includes('9:15 AM \u00b7 Feb 3, 2026 \u00b7 2,310 Views'),
    );
    const { data } = importFromText(thread.join('\n'));
    assert.equal(String(data.date_posted instanceof Date ? data.date_posted.toISOString().slice(0, 10) : data.date_posted), '2026-02-03');
    assert.deepEqual(data.duties, ['run farmer field schools in six parishes', 'keep attendance records up to date']);
    assert.deepEqual(data.qualifications, ['a diploma in agriculture', 'two years of extension work']);
    assert.equal(data.organization, 'Green Valley Trust');
  });

  it("sets a series of text messages' times and the header every message repeats aside", () => {
    const parts = ['Position: Driver', 'Duty station: Gulu', 'Duties:', '- Drive the team', '- Keep the log book', 'Apply by 3 May 2026'];
    const messages = parts.flatMap((part, index) => [`Today 09:1${index}`, `NGO JOBS (${index + 1}/6)`, part]);
    const { body, aside } = pasteParts(messages.join('\n'));
    assert.ok(!/Today|NGO JOBS/.test(body));
    assert.ok(aside.includes('Today 09:13') && aside.includes('NGO JOBS (2/6)'));
  });

  it('reads no thread in a text with a fraction or two handles', () => {
    const text = ['Contact: @HopeWater', 'Budget split 1/2 for staff, 1/2 for supplies', 'Follow @HopeWaterJobs'].join('\n');
    assert.equal(pasteParts(text).body, text);
  });

  it('unquotes a forwarded e-mail and keeps its envelope, covering note and signature aside', () => {
    const text = [
      'Fwd: Driver vacancy',
      '',
      '---------- Forwarded message ---------',
      'From: HR Unit <hr@example.org>',
      'Date: Mon, 3 Mar 2031 at 10:02',
      'Subject: Driver vacancy',
      '',
      'Please share with your networks.',
      '',
      ...notice.map((line) => (line ? `> ${line}` : '>')),
      '',
      '--',
      'Amal, Programme Assistant',
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.equal(body, notice.join('\n'));
    assert.deepEqual(aside, [
      'Fwd: Driver vacancy',
      '---------- Forwarded message ---------',
      'From: HR Unit <hr@example.org>',
      'Date: Mon, 3 Mar 2031 at 10:02',
      'Subject: Driver vacancy',
      'Please share with your networks.',
      'Amal, Programme Assistant',
    ]);
  });

  it('unquotes a posting forwarded twice ("> > ") and reads the list markers a Markdown converter escaped', () => {
    const twice = ['Please share.', '', ...notice.map((line) => (line ? `> > ${line}` : '> >'))].join('\n');
    assert.equal(pasteParts(twice).body, notice.join('\n'));
    const escaped = ['DUTIES', '1\\. Drive office vehicles.', '2\\) Keep the log book.', '\\- Check the tyres.', 'Pay 1\\.5 more'].join(
      '\n',
    );
    assert.equal(
      pasteParts(escaped).body,
      ['DUTIES', '1. Drive office vehicles.', '2) Keep the log book.', '- Check the tyres.', 'Pay 1\\.5 more'].join('\n'),
    );
  });

  it('reads an unquoted forward from after its envelope', () => {
    const text = [
      'FYI',
      '-----Original Message-----',
      'From: HR',
      'Sent: 3 March 2031',
      'To: All staff',
      'Subject: Driver',
      '',
      ...notice,
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.equal(body, notice.join('\n'));
    assert.deepEqual(aside, ['FYI', '-----Original Message-----', 'From: HR', 'Sent: 3 March 2031', 'To: All staff', 'Subject: Driver']);
  });

  it("keeps the unquoted table of facts after a forward's envelope with the posting quoted below it", () => {
    const facts = notice.slice(1, 6);
    const quotedText = [
      ...notice.slice(7),
      '- Keep the vehicle clean.',
      '- Report accidents at once.',
      '',
      'QUALIFICATIONS',
      '- Secondary school certificate.',
      '- A valid driving licence.',
    ];
    const text = [
      'Please share widely.',
      '-----Original Message-----',
      'From: HR',
      'Subject: Driver',
      '',
      ...facts,
      '',
      ...quotedText.map((line) => (line ? `> ${line}` : '>')),
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.equal(body, [...facts, '', ...quotedText].join('\n'));
    assert.deepEqual(aside, ['Please share widely.', '-----Original Message-----', 'From: HR', 'Subject: Driver']);
  });

  it('leaves a Markdown posting with one quoted note alone', () => {
    const text = ['## Driver', '', '> Only nationals of Sudan may apply.', '', ...notice].join('\n');
    assert.deepEqual(pasteParts(text), { body: text, aside: [] });
  });

  it("sets a page's buttons, breadcrumbs, menu bar and other jobs aside, and keeps a heading that is one word", () => {
    const text = [
      '\u2630 Jobs board   Sign in',
      'Home \u203a Jobs \u203a Sudan',
      'Driver',
      'Apply now        \u2661 Save        \u2934 Share',
      'Apply',
      'Send your CV to the address below.',
      'Back to top \u2191',
      '\u2190 Back to results',
      'Share this job: WhatsApp | Facebook | Email',
      'Similar jobs',
      'Logistics Assistant (Port Sudan)',
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.equal(body, ['Driver', 'Apply', 'Send your CV to the address below.'].join('\n'));
    assert.equal(aside.length, 8);
    assert.ok(aside.includes('Logistics Assistant (Port Sudan)'), 'the list of other jobs after "Similar jobs"');
  });

  it("sets a message thread's time stamps and an alert's part marks aside, so a list sent in two messages reads as one", () => {
    const text = [
      'Today 08:15',
      'JOB ALERT (4/8)',
      'Duties:',
      '1.Supervise the registration clerks',
      '2.Train enumerators on the procedures',
      '',
      'Yesterday 21:03',
      'JOB ALERT (5/8)',
      '3.Prepare weekly statistics',
      'Mon 9:40 am',
      'Closing at 10:30 on Monday (see notice 2/3)',
      'Deliverables (1/2)',
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.deepEqual(aside, ['Today 08:15', 'JOB ALERT (4/8)', 'Yesterday 21:03', 'JOB ALERT (5/8)', 'Mon 9:40 am']);
    assert.ok(body.includes('Closing at 10:30 on Monday (see notice 2/3)'), 'a sentence with a time or a fraction stays');
    assert.ok(body.includes('Deliverables (1/2)'), 'a heading with a page mark stays');
    const imported = importFromText(['Registration Assistant', 'Organization: IOM', '', text].join('\n')).data as { duties?: string[] };
    assert.deepEqual(imported.duties?.slice(0, 3), [
      'Supervise the registration clerks',
      'Train enumerators on the procedures',
      'Prepare weekly statistics',
    ]);
  });

  it("sets a printed page's running header and footer aside, so the paragraph they cut reads as one", () => {
    const text = [
      '9/14/31, 10:42 AM                      Driver',
      'The driver keeps the vehicle log and',
      'https://jobs.example.org/driver-kassala                 1/2',
      '9/14/31, 10:42 AM                      Driver',
      'reports fuel use every week.',
      'Terms of Reference \u2013 Driver, Kassala                    Page 2 of 2',
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.equal(body, 'The driver keeps the vehicle log and\nreports fuel use every week.');
    assert.equal(aside.length, 4);
  });

  it("reads a page source's HTML entities as the characters they stand for, and a lone ampersand word as written", () => {
    assert.equal(pasteParts('&bull; Repair roads &amp; bridges&nbsp;now.').body, '\u2022 Repair roads & bridges\u00a0now.');
    assert.equal(pasteParts('Roads &amp; Bridges Unit').body, 'Roads &amp; Bridges Unit', 'one entity alone may be meant');
    assert.equal(pasteParts('R&D &amp; M&E &ndash; &notanentity;').body, 'R&D & M&E \u2013 &notanentity;');
  });

  it('keeps a dated label line: a date and a time without a page title is a value, not a print header', () => {
    const text = 'Posting Date: 03/12/2031, 10:30 AM\n03/26/2031, 05:59 AM';
    assert.deepEqual(pasteParts(text), { body: text, aside: [] });
  });

  it('reads a form\'s exported responses ("3. Question: \u2026" + "Answer: \u2026") as labelled lines, without the respondent\'s hints', () => {
    const text = [
      'JPO position request - responses',
      '1. Question: Position title',
      'Answer: Associate Field Officer',
      '',
      '2. Question: Duty station (city, country)',
      'Answer: Kakuma, Kenya',
      '3. Question: Supervisor (title)',
      'Answer: Head of Field Office (P4)',
      '4. Question: Main duties (one per line)',
      'Answer:',
      '- Monitor the distribution of core relief items.',
    ].join('\n');
    assert.equal(
      pasteParts(text).body,
      [
        'JPO position request - responses',
        'Position title: Associate Field Officer',
        '',
        'Duty station: Kakuma, Kenya',
        'Supervisor: Head of Field Office (P4)',
        'Main duties:',
        '- Monitor the distribution of core relief items.',
      ].join('\n'),
    );
    const data = importFromText(text).data as Record<string, unknown>;
    assert.equal(data.title, 'Associate Field Officer');
    assert.equal(data.duty_station, 'Kakuma');
    // Two pairs are no form: a "Q:"/"A:" exchange in a text stays as written.
    const faq = 'Q: Can I apply twice?\nA: No.\nQ: Is there a fee?\nA: No fee is charged.';
    assert.equal(pasteParts(faq).body, faq);
  });

  it("reads a screen reader's speech (headings, table rows, bullets) without its announcements, which go aside", () => {
    const spoken = [
      'navigation landmark',
      'link Careers',
      'heading level 1 Vacancy announcement',
      'table with 2 columns and 3 rows',
      'row 1 column 1 Title of Post column 2 Water Engineer',
      'row 2 column 1 Location column 2 Kassala, Sudan',
      'row 3 column 1 Closing date column 2 14 March 2031',
      'table end',
      'heading level 2 Duties and Responsibilities',
      'list 2 items',
      'bullet Inspect the pumping stations every week.',
      'bullet Keep the maintenance log.',
      'list end',
      'button Apply',
    ];
    assert.deepEqual(screenReaderRead(spoken), {
      body: [
        '',
        'Vacancy announcement',
        '',
        'Title of Post\tWater Engineer',
        'Location\tKassala, Sudan',
        'Closing date\t14 March 2031',
        '',
        'Duties and Responsibilities',
        '',
        '\u2022 Inspect the pumping stations every week.',
        '\u2022 Keep the maintenance log.',
      ],
      aside: [
        'navigation landmark',
        'link Careers',
        'table with 2 columns and 3 rows',
        'table end',
        'list 2 items',
        'list end',
        'button Apply',
      ],
    });
    const data = importFromText(spoken.join('\n')).data as Record<string, unknown>;
    assert.equal(data.title, 'Water Engineer');
    assert.equal(data.duty_station, 'Kassala');
    assert.equal(data.deadline, '2031-03-14');
    assert.deepEqual(data.duties, ['Inspect the pumping stations every week.', 'Keep the maintenance log.']);
    assert.ok((data.notes as string[]).includes('table end'), 'the announcements are kept under notes');
    // A text with a bullet or a link of its own is no screen reader's speech.
    const written = ['Duties', 'bullet points are fine', 'link the two databases', 'Heading level 2 of the report'];
    assert.equal(screenReaderRead(written), undefined);
  });

  it("reads a feed entry's or page's source (Atom, RSS, HTML) as the text it shows", () => {
    const entry = [
      '<entry>',
      '  <title>Water Engineer</title>',
      '  <link rel="alternate" href="https://jobs.example.org/job/500123"/>',
      '  <published>2031-02-20T09:00:00Z</published>',
      '  <content type="html"><![CDATA[',
      '<p><b>Duty Station</b> Kassala, Sudan</p>',
      '<p><b>Closing Date</b> March 14, 2031</p>',
      '<p><b>Duties</b></p>',
      '<ul>',
      '<li>Inspect the pumping stations every week.</li>',
      '<li>Keep the maintenance log.</li>',
      '</ul>',
      ']]></content>',
      '</entry>',
    ].join('\n');
    assert.deepEqual(markupRead(entry), {
      body: [
        'Water Engineer',
        '',
        'https://jobs.example.org/job/500123',
        '',
        'Date posted: 2031-02-20T09:00:00Z',
        '',
        'Duty Station: Kassala, Sudan',
        '',
        'Closing Date: March 14, 2031',
        '',
        'Duties',
        '',
        '- Inspect the pumping stations every week.',
        '',
        '- Keep the maintenance log.',
      ].join('\n'),
      aside: [],
    });
    const data = importFromText(entry).data as Record<string, unknown>;
    assert.equal(data.title, 'Water Engineer');
    assert.equal(data.duty_station, 'Kassala');
    assert.equal(data.deadline, '2031-03-14');
    assert.equal(data.date_posted, '2031-02-20');
    assert.deepEqual(data.duties, ['Inspect the pumping stations every week.', 'Keep the maintenance log.']);
    // A text with a few angle brackets of its own (an address, a comparison) is no page source.
    const written = 'From: HR <hr@example.org>\nAge <35 and grade <b>P2</b>\nDuties\n- Assist.';
    assert.equal(markupRead(written), undefined);
  });

  it("reads a job feed's JSON record as its fields and lines, with other jobs and unknown keys aside", () => {
    const record = JSON.stringify(
      {
        source: 'jobs.example.org/feed',
        jobPostingInfo: {
          title: 'Water Engineer',
          jobReqId: 'JR500123',
          location: 'Kassala',
          country: { descriptor: 'Sudan' },
          endDate: '2031-03-14',
          canApply: true,
          jobDescription: ['Grade: P3', '', 'Duties', '- Inspect the pumping stations every week.'],
        },
        similarJobs: [{ title: 'Driver', location: 'Kassala' }],
      },
      null,
      2,
    );
    assert.deepEqual(jsonRead(record), {
      body: [
        'Title: Water Engineer',
        'Job Requisition ID: JR500123',
        'Location: Kassala',
        'Country: Sudan',
        'Closing date: 2031-03-14',
        'Grade: P3',
        '',
        'Duties',
        '- Inspect the pumping stations every week.',
      ],
      aside: ['source: jobs.example.org/feed', 'canApply: true', 'Title: Driver', 'Location: Kassala'],
    });
    const data = importFromText(record).data as Record<string, unknown>;
    assert.equal(data.title, 'Water Engineer');
    assert.equal(data.job_id, 'JR500123');
    assert.equal(data.duty_station, 'Kassala');
    assert.equal(data.country, 'Sudan');
    assert.equal(data.deadline, '2031-03-14');
    assert.ok((data.notes as string[]).includes('Title: Driver'), "another job's title is kept under notes, not read as this one's");
    // Braces around words are no JSON: the text is read as it is.
    assert.equal(jsonRead('{Title} Water Engineer {Kassala}'), undefined);
  });

  it("reads a tracker's CSV export, one field a row, as labelled rows and sections", () => {
    const record = [
      'Field,Value',
      'Title,Water Engineer',
      'Duty station,"Kassala, Sudan"',
      'Closing date,14/03/2031',
      'Grade,P3',
      'Functional responsibilities,"The Water Engineer will:',
      '\u2022 Inspect the pumping stations every week;',
      '\u2022 Keep the ""red book"" maintenance log."',
    ].join('\n');
    assert.deepEqual(csvRead(record), {
      body: [
        'Title\tWater Engineer',
        'Duty station\tKassala, Sudan',
        'Closing date\t14/03/2031',
        'Grade\tP3',
        '',
        'Functional responsibilities',
        'The Water Engineer will:',
        '\u2022 Inspect the pumping stations every week;',
        '\u2022 Keep the "red book" maintenance log.',
        '',
      ],
      aside: ['Field,Value'],
    });
    const data = importFromText(record).data as Record<string, unknown>;
    assert.equal(data.title, 'Water Engineer');
    assert.equal(data.duty_station, 'Kassala');
    assert.equal(data.deadline, '2031-03-14');
    // Prose whose lines hold a comma each is no CSV.
    const prose = [
      'Water Engineer',
      'Duty station: Kassala, Sudan',
      'The engineer inspects, repairs and logs the pumps.',
      'Closing date: 14 March 2031',
      'Duties',
      '- Inspect the pumps, weekly.',
    ];
    assert.equal(csvRead(prose.join('\n')), undefined);
  });

  it('imports the forwarded notice as the notice, with the envelope under notes word for word', () => {
    const forwarded = ['Subject: Driver vacancy', 'Date: 3 March 2031', '', ...notice.map((line) => `> ${line}`)].join('\n');
    const result = importFromText(forwarded);
    assert.equal(result.data.job_id, 'KRT/VN/2031/07');
    assert.equal(result.data.title, 'Driver');
    assert.equal(result.data.deadline, '2031-03-14');
    assert.equal(result.data.date_posted, undefined, "the e-mail's date is not the notice's");
    assert.deepEqual((result.data.notes as string[]).slice(-2), ['Subject: Driver vacancy', 'Date: 3 March 2031']);
  });

  describe('openInlineLists: a list a copy ran into one paragraph', () => {
    it('opens a run of a), b), c) into its lead and one line an item, without the joining semicolons', () => {
      const line =
        'The officer will, in particular: a) plan and monitor site activities, including committees; b) supervise a team of ' +
        'site staff and organise their training; and c) report to the cluster every month.';
      assert.equal(
        openInlineLists(line),
        [
          'The officer will, in particular:',
          'a) plan and monitor site activities, including committees',
          'b) supervise a team of site staff and organise their training',
          'c) report to the cluster every month.',
        ].join('\n'),
      );
    });

    it('opens (1), (2), (3) too, and keeps the indentation of the line', () => {
      const line = '  Tasks: (1) collect the monthly data from the twelve district offices; (2) clean it; (3) publish the dashboard.';
      assert.equal(
        openInlineLists(line),
        '  Tasks:\n  (1) collect the monthly data from the twelve district offices\n  (2) clean it\n  (3) publish the dashboard.',
      );
    });

    it('leaves two markers, markers out of order and a reference inside a word alone', () => {
      for (const line of [
        'The assistant keeps records (see section b) above) and answers queries; a) files and b) folders are kept apart.',
        'Options: a) stay in Goma for the whole assignment; c) move to Beni later; b) travel between both offices.',
        'The formula f(a) + g(b) + h(c) is used to weight the three scores of each candidate in the assessment.',
      ])
        assert.equal(openInlineLists(line), line);
    });

    it('leaves a sentence that numbers what it names, parted by commas and with no colon before it, as written', () => {
      const line = 'Please send (1) your CV, (2) a motivation letter, and (3) two references to jobs@example.org by Friday 5 March.';
      assert.equal(openInlineLists(line), line);
      // Announced by a colon, the same run is a list.
      assert.equal(openInlineLists(line.replace('send (1)', 'send: (1)')).split('\n').length, 4);
    });
  });
});

describe('plainCharacters: a PDF or web copy read as the letters it shows', () => {
  it('reads ligatures as letters and drops soft hyphens and zero-width characters', () => {
    assert.equal(
      plainCharacters('Classi\ufb01cation: Professional Sta\ufb00, e\ufb03cient \ufb02ows, know\u00adledge of\u200b Excel'),
      'Classification: Professional Staff, efficient flows, knowledge of Excel',
    );
  });

  it('reads no-break and narrow spaces as spaces', () => {
    assert.equal(plainCharacters('Duty\u00a0Station:\u202fPanam\u00e1'), 'Duty Station: Panam\u00e1');
  });

  it("joins a word hyphenated at a line's end on its first line, and leaves a hyphen that may be the text's own", () => {
    assert.equal(plainCharacters('Ensure sound manage-\nment of the office.'), 'Ensure sound management\n of the office.');
    assert.equal(plainCharacters('Draft the cur-\nriculum.\nNext line'), 'Draft the curriculum.\nNext line');
    // "term" and "and" stand alone elsewhere: the line break may be a real hyphen's ("long-term", "first- and second-tier").
    const own = 'Plan for the long-\nterm and the short term.';
    assert.equal(plainCharacters(own), own);
    const suspended = 'Welcome from first-\nand second-tier candidates and others.';
    assert.equal(plainCharacters(suspended), suspended);
    // Capitals after the break, a half that goes on ("ment-based") or a lone dash: no word was broken.
    for (const kept of ['Human Rights-\nBased Approach', 'a results-\nment-based plan', 'Dates -\nto be confirmed'])
      assert.equal(plainCharacters(kept), kept);
  });

  it('imports a PDF copy whose labels hold ligatures into the fields they name', () => {
    const result = importFromText(
      [
        'Position Title: Legal O\ufb03cer',
        'Classi\ufb01cation: Professional Sta\ufb00, Grade P3',
        'Duty Station: Pretoria, South Africa',
      ].join('\n'),
    );
    assert.match(result.yaml, /^title: Legal Officer$/m);
    assert.match(result.yaml, /^duty_station: Pretoria$/m);
  });
});

describe("a job board's copy: its chrome under notes, its fields where they belong", () => {
  it('reads a LinkedIn copy: the line of facts under the title, the criteria and buttons kept under notes', () => {
    const result = importFromText(
      [
        'Programme Officer (Education)',
        'Kanuri Learning Trust \u00b7 Maiduguri, Borno, Nigeria \u00b7 1 week ago \u00b7 Over 100 applicants',
        'Promoted by hirer \u00b7 Actively reviewing applicants',
        'Easy Apply',
        'About the job',
        'The trust is looking for a Programme Officer to lead its education work.',
        '',
        'Responsibilities',
        '- Plan and monitor the education activities.',
        '',
        'Deadline: 12 December 2031',
        'Show more',
        'Seniority level',
        'Mid-Senior level',
        'Employment type',
        'Full-time',
        'Referrals increase your chances of interviewing at Kanuri Learning Trust by 2x',
        'See who you know',
      ].join('\n'),
    );
    const data = result.data as Record<string, unknown>;
    assert.deepEqual(
      [data.title, data.organization, data.duty_station, data.country, data.contract_type, data.deadline],
      ['Programme Officer (Education)', 'Kanuri Learning Trust', 'Maiduguri', 'Nigeria', 'Full-time', '2031-12-12'],
    );
    assert.deepEqual(data.duties, ['Plan and monitor the education activities.']);
    const notes = data.notes as string[];
    for (const kept of ['1 week ago', 'Over 100 applicants', 'Seniority level: Mid-Senior level', 'See who you know', 'Show more'])
      assert.ok(notes.includes(kept), kept);
  });

  it("reads a label over its value after a colon, as Oracle Taleo's pages copy", () => {
    const data = importedLines([
      'Technical Officer',
      'Closing Date',
      ': Nov 24, 2031, 10:59:00 PM',
      'Primary Location',
      ': Zambia-Lusaka',
      '',
      'Duties',
      '- Plan.',
    ]);
    assert.deepEqual([data.deadline, data.duty_station, data.country], ['2031-11-24', 'Lusaka', 'Zambia']);
  });

  it('reads two labels that share a line with their values, on the line or below it', () => {
    for (const header of [['Hardship Level / Family Type: A / Family'], ['Hardship Level / Family Type', 'A / Non Family']]) {
      const data = importedLines(['Protection Assistant', ...header, 'Duty Station: Sarajevo', '', 'Duties', '- Plan.']);
      assert.equal(data.hardship_level, 'A');
      assert.equal(data.family_type, header.length === 1 ? 'Family' : 'Non Family');
    }
  });

  it('reads a labelled title whose bracket the copy wrapped onto the next line as one title', () => {
    const data = importedLines([
      'Position Title: Programme Officer (Border and',
      'Identity Management)',
      'Duty Station: Skopje',
      '',
      'Duties',
      '- Plan.',
    ]);
    assert.equal(data.title, 'Programme Officer (Border and Identity Management)');
    assert.equal(data.notes, undefined);
    // A bracket of its own under the value, and a value that goes on in lower case after no stop.
    const wrapped = importedLines([
      'Position Title: National Project Officer',
      '(Labour Migration)',
      'Type of Appointment: Special short-term, six',
      'months with possibility of extension',
      'Duty Station: Baku',
      '',
      'Duties',
      '- Plan.',
    ]);
    assert.deepEqual(
      [wrapped.title, wrapped.contract_type, wrapped.duration],
      ['National Project Officer (Labour Migration)', 'Special short-term', 'six months with possibility of extension'],
    );
  });

  it("leaves a page's language switcher (EN | FR | ES) alone: its codes name no country", () => {
    const result = importFromText(
      ['Sign in / Register          EN | FR | ES', '', 'Roads Engineer', 'Duty station: Bambari', '', 'Duties', '- Inspect roads.'].join(
        '\n',
      ),
    );
    const data = result.data as Record<string, unknown>;
    assert.equal(data.country, undefined);
    assert.ok((data.notes as string[]).some((note) => note.includes('EN | FR | ES')));
  });
});

describe('what a paste puts among the duties that is no duty (issue 14 §4, s20 false alarms)', () => {
  const header = ['Position: Cash Transfer Officer', 'Duty station: Pemba', 'Closing date: 12 September 2027', ''];
  const imported = (lines: string[]) => importFromText(lines.join('\n')).data as Record<string, unknown>;

  it("keeps a sender's sign-off under notes, not among the duties or the requirements", () => {
    const data = imported([
      ...header,
      'Responsibilities',
      '- Register beneficiary households with the community committees.',
      '- Report weekly on the distributions to the Cash Coordinator.',
      '',
      'Thank you and best regards,',
      'Recruitment Team',
      'Coastal Aid Mozambique',
      '',
      'Requirements',
      '- Two years of experience in cash programmes.',
    ]);
    assert.deepEqual(data.duties, [
      'Register beneficiary households with the community committees.',
      'Report weekly on the distributions to the Cash Coordinator.',
    ]);
    const notes = data.notes as string[];
    for (const kept of ['Thank you and best regards,', 'Recruitment Team', 'Coastal Aid Mozambique']) assert.ok(notes.includes(kept), kept);
    // A sentence after a salutation-like word is the posting's own.
    assert.ok(!pasteParts('Duties\n- Plan the visits.\nRegards to the team are no sign-off.').aside.length);
  });

  it('keeps a "Key contacts" list, a "Critical interfaces" table and "Scale and scope" rows under notes', () => {
    const data = imported([
      ...header,
      'Specific responsibilities',
      '1. Supervise casual labourers on construction sites',
      '2. Keep the stock cards of shelter materials up to date',
      '',
      'Critical interfaces',
      'Programme development: Shelter Officer, Area Manager',
      'Support services: Logistics, Finance, HR',
      '',
      'Scale and scope of position',
      'Staff: | None |',
      'Budget: | N/A |',
      '',
      'Key contacts',
      'Internal',
      'Education Programme Manager',
      'External',
      'School principals',
      '',
      'Person specification',
      'A teaching diploma and three years of classroom experience.',
    ]);
    assert.deepEqual(data.duties, [
      'Supervise casual labourers on construction sites',
      'Keep the stock cards of shelter materials up to date',
    ]);
    const notes = (data.notes as string[]).join('\n');
    for (const kept of ['Critical interfaces', 'Area Manager', 'Scale and scope of position', 'Key contacts', 'School principals'])
      assert.ok(notes.includes(kept), kept);
    assert.ok(JSON.stringify(data).includes('A teaching diploma and three years of classroom experience.'));
    assert.ok(!JSON.stringify(data.notes).includes('teaching diploma'));
  });

  it('reads "Purpose of the role" as the background and "Generic responsibilities" as duties', () => {
    const data = imported([
      ...header,
      'Purpose of the role',
      'The officer runs the catch-up learning programme in six partner schools.',
      '',
      'Generic responsibilities',
      '1. Prepare activity plans for the team',
      '2. Collection of beneficiary feedback',
    ]);
    assert.equal(data.background, 'The officer runs the catch-up learning programme in six partner schools.');
    assert.deepEqual(data.duties, ['Prepare activity plans for the team', 'Collection of beneficiary feedback']);
  });

  it('joins a duty a page or a mail client broke mid-phrase, at any width, and keeps a stacked label apart', () => {
    const data = imported([
      ...header,
      'Duties',
      '1. Train barangay officials on protection principles.',
      '2. Maintain the referral directory for the',
      'province.',
      '3. Coordinate the distributions with the',
      'Ministry of Health and the district teams.',
      '4. Prepare the monthly protection update.',
      '',
      'Reports to',
      'Protection Coordinator',
    ]);
    assert.deepEqual(data.duties, [
      'Train barangay officials on protection principles.',
      'Maintain the referral directory for the province.',
      'Coordinate the distributions with the Ministry of Health and the district teams.',
      'Prepare the monthly protection update.',
    ]);
    assert.equal(data.supervisor, 'Protection Coordinator');
    // "…; and" ends an item of a run-on list: the next line is not joined to it.
    const runOn = imported([...header, 'Duties', 'The officer will:', '- plan the visits; and', 'Closing remarks follow below.']);
    assert.ok(!(runOn.duties as string[]).some((duty) => duty.includes('plan the visits; and Closing')));
  });
});

describe('page shapes: furniture, page addresses and a two-column PDF (issue 14 §1)', () => {
  it('reads a table drawn with bars and padded cells as a table, not as two columns', () => {
    // Cells padded to one width: the closing bars line up as a two-column page's right column would.
    const row = (label: string, value: string) => `| ${label.padEnd(20)} | ${value.padEnd(48)} |`;
    const rows = [
      row('Vacancy Notice No.', 'WFP/VAN/2025/017'),
      row('Title of the Post', 'Programme Associate (Cash-Based Transfers)'),
      row('Type of Contract', 'Fixed-term appointment'),
      row('Closing Date', '19 December 2025'),
    ];
    assert.deepEqual(columnsUnfolded(rows), rows);
    const { data } = importFromText(
      ['VACANCY ANNOUNCEMENT', '', ...rows, '', 'Duties', '- Prepare monthly distribution plans.'].join('\n'),
    );
    assert.equal(data.job_id, 'WFP/VAN/2025/017');
    assert.equal(data.title, 'Programme Associate (Cash-Based Transfers)');
    assert.equal(data.contract_type, 'Fixed-term appointment');
    assert.equal(data.deadline, '2025-12-19');
  });

  const pad = (left: string, right: string) => `${left.padEnd(50)}${right}`;

  it('reads a two-column page column by column, its wrapped lines whole, and leaves single-column text as it is', () => {
    const lines = [
      pad('Title: Associate Field Officer', 'Sponsor: Government of Norway'),
      pad('Grade: P2', 'Duration of assignment: 2 years'),
      pad('Duty station: Cox’s Bazar, Bangladesh', '(subject to satisfactory performance'),
      pad('', 'and funding)'),
      'This position is open only to nationals of the sponsoring country.',
      '',
      pad('2. Supervision and reporting', '3. Duties and Responsibilities'),
      pad('Title of supervisor: Field Officer', 'Under the supervision of the Field Officer,'),
      pad('', 'the JPO will:'),
    ];
    assert.deepEqual(columnsUnfolded(lines), [
      'Title: Associate Field Officer',
      'Grade: P2',
      'Duty station: Cox’s Bazar, Bangladesh',
      'Sponsor: Government of Norway',
      'Duration of assignment: 2 years (subject to satisfactory performance and funding)',
      'This position is open only to nationals of the sponsoring country.',
      '',
      '2. Supervision and reporting',
      'Title of supervisor: Field Officer',
      '3. Duties and Responsibilities',
      'Under the supervision of the Field Officer, the JPO will:',
    ]);
    const prose = ['Reference: VN 2031/04        (see annex)', 'The incumbent will support the office.', 'Closing date: 1 May 2031'];
    assert.deepEqual(columnsUnfolded(prose), prose, 'one line with a wide gap is no column');
    const aligned = [
      'Type of contract:       Fixed-Term Appointment',
      'Duration of contract:   One year',
      'Reference number:       VA/2031/07',
    ];
    assert.deepEqual(columnsUnfolded(aligned), aligned, 'labels aligned with their values are one column');
  });

  it('imports the header of a two-column PDF into its fields', () => {
    const text = [
      pad('JUNIOR PROFESSIONAL OFFICER PROGRAMME', 'UNHCR Division of Human Resources'),
      pad('Title: Associate Field Officer', 'Sponsor: Government of Norway'),
      pad('Grade: P2', 'Duration of assignment: 2 years'),
      pad('Country and duty station: Uganda, Arua', 'Closing date for applications: 15 May 2031'),
      '',
      'Duties and Responsibilities',
      '- Support community-based protection activities in the camps.',
    ].join('\n');
    const { data } = importFromText(text);
    assert.equal(data.sponsor, 'Government of Norway');
    assert.equal(data.duty_station, 'Arua');
    assert.equal(data.country, 'Uganda');
    assert.equal(data.grade, 'P-2');
  });

  it("keeps breadcrumbs of any start, a job cart's buttons and a footer menu with © under notes, never in a section", () => {
    const text = [
      'Careers Portal > Job Search > Job Description',
      'Apply Online   Add to My Job Cart   Send to a Friend',
      'Title: Programme Assistant',
      'Duties and Responsibilities',
      '- Keep the programme files up to date.',
      'Privacy Policy  |  Terms of Use  |  © Example Org',
    ].join('\n');
    const { aside } = pasteParts(text);
    assert.deepEqual(aside, [
      'Careers Portal > Job Search > Job Description',
      'Apply Online   Add to My Job Cart   Send to a Friend',
      'Privacy Policy  |  Terms of Use  |  © Example Org',
    ]);
    assert.deepEqual(pasteParts('Reason: Regular > Regular Assignment').aside, [], "a Workday reason's two steps are a value");
  });

  it("reads a printed page's rule at its break as a blank line, not as a line of the section it falls in", () => {
    const text = [
      'Scope of work',
      'The consultant will review the project documents and run a household survey.',
      '                                                           Page 1 of 3',
      '________________________________________________________________________',
      'REF-TOR-2026-044                                       Final Evaluation',
      '',
      'Deliverables',
      '- Inception report',
    ].join('\n');
    const { body } = pasteParts(text);
    assert.ok(!body.includes('____'), body);
    assert.match(body, /survey\.\n\nREF-TOR/, 'the break still ends the paragraph');
    assert.match(pasteParts('Duties\n- Drive.\n____________\n- Keep the log.').body, /____/, 'a rule away from a page footer stays');
  });

  it("sets aside a page's running header that starts with the posting's reference number after its page break", () => {
    const text = [
      'Vacancy Notice No.:     ORG/MOZ/VA/2026/017',
      'Duties',
      '- Plan the delivery of food to the warehouses.',
      '                                                             Page 1 of 2',
      'ORG/MOZ/VA/2026/017 - Logistics Officer NO-A',
      '- Keep the stock reports.',
      'Apply quoting ORG/MOZ/VA/2026/017.',
    ].join('\n');
    const { body, aside } = pasteParts(text);
    assert.deepEqual(aside, ['Page 1 of 2', 'ORG/MOZ/VA/2026/017 - Logistics Officer NO-A']);
    assert.match(body, /Apply quoting ORG/);
    // Not stated before the break: a line of the text, kept.
    assert.deepEqual(pasteParts(text.replace('Vacancy Notice No.:     ORG/MOZ/VA/2026/017', 'Vacancy notice')).aside, ['Page 1 of 2']);
  });

  it("reads the posting's url from a printed page's header and from a shared link, with a scheme", () => {
    const printed = [
      'careers.un.org/jobSearchDescription/260001?language=en                    Page 1 of 2',
      'Posting Title: PROGRAMME MANAGEMENT OFFICER, P3',
      'Department/Office: United Nations Environment Programme',
      'Duty Station: NAIROBI',
      'Org. Setting and Reporting',
      'This position is located in UNEP.',
      'Responsibilities',
      '- Manages projects.',
    ].join('\n');
    assert.equal(importFromText(printed).data.url, 'https://careers.un.org/jobSearchDescription/260001?language=en');
    const shared = [
      'Check out this job at UNHCR: Associate Field Officer',
      'https://careers.example.org/job/Associate-Field-Officer/31000001/',
      'Sent from the Careers app',
      '',
      'Title: Associate Field Officer',
      'Req ID: 31000001',
      'Duty Station: Cox’s Bazar, Bangladesh',
      'Duties and Responsibilities',
      '- Support community-based protection activities.',
    ].join('\n');
    const { data } = importFromText(shared);
    assert.equal(data.url, 'https://careers.example.org/job/Associate-Field-Officer/31000001/');
    assert.equal(data.job_id, '31000001');
    const linked = ['Title: Driver', 'Duties', '- Drive.', 'More on the contract:', 'https://example.org/contracts'].join('\n');
    assert.equal(importFromText(linked).data.url, undefined, 'a link in the body is not the posting’s address');
  });

  it("drops a page's icon names copied beside the text they mark, reads a location icon as its label, and leaves words that only look like them", () => {
    assert.equal(
      plainCharacters('location_on Tripoli, Libya\ncalendar_today Closing date: 2 May 2031\nbookmark_border\nschedule Full time'),
      'Location: Tripoli, Libya\nClosing date: 2 May 2031\nFull time',
    );
    // Workday's card list puts the icon on a line of its own, above the place.
    assert.equal(plainCharacters('Apply\n\nlocation_on\nNairobi\naccess_time\nFull time'), 'Apply\n\nLocation: Nairobi\nFull time');
    const prose =
      'Organise the meetings and\nschedule them with partners.\nshare UNHCR values and standards in the daily work of every partner and every team';
    assert.equal(plainCharacters(prose), prose);
    const { data } = importFromText(
      [
        'Migration Health Assistant',
        'location_on Tripoli, Libya',
        'calendar_today Closing date: 2 May 2031',
        '',
        'Position Title: Migration Health Assistant',
        'Reference: SVN 2031/017',
        'Context:',
        'IOM Libya runs clinics.',
        'Core Functions / Responsibilities:',
        '1. Support the clinic team.',
      ].join('\n'),
    );
    assert.equal(data.duty_station, 'Tripoli');
    assert.equal(data.country, 'Libya');
    assert.equal(data.deadline, '2031-05-02');
  });

  it("reads a phone's copy with one word a line as its lines, and leaves a list of capitalised words as a list", () => {
    const words = ['IOM', 'South', 'Sudan', 'supports', 'displaced', 'people.', '1.', 'Lead', 'the', 'team.', '2.', 'Report', 'monthly.'];
    assert.deepEqual(wordsRejoined(words), ['IOM South Sudan supports displaced people.', '1. Lead the team.', '2. Report monthly.']);
    const competencies = ['Accountability', 'Communication', 'Teamwork', 'Empathy', 'Courage', 'Integrity', 'Professionalism'];
    assert.deepEqual(wordsRejoined(competencies), competencies);
    const japanese = ['募集', '職種', '勤務地', '東京', '給与', '月給', '応募'];
    assert.deepEqual(wordsRejoined(japanese), japanese);
  });

  it("reads an applicant-tracking page's own Organization field as the unit when it names no organisation", () => {
    const text = [
      'SVN No.: SVN 2031/011',
      'Position Title: Shelter Assistant',
      'Duty Station: Pemba, Mozambique',
      'Context:',
      'IOM Mozambique supports displaced families.',
      'Core Functions / Responsibilities:',
      '1. Distribute shelter kits.',
      'Required Qualifications and Experience',
      'Organization: SHL – Shelter and Settlements',
    ].join('\n');
    const { data } = importFromText(text);
    assert.equal(data.organization, 'IOM');
    assert.equal(data.unit, 'SHL – Shelter and Settlements');
    const named = importFromText(text.replace('SHL – Shelter and Settlements', 'UNHCR')).data;
    assert.equal(named.organization, 'UNHCR', 'an organisation the label names stays the organisation');
  });
});

describe("how a text arrives (s33/s34 shapes): a page's header, mojibake, OCR, boxes, a board's card", () => {
  it("sets a page's header aside up to its last mark: skip link, menu, languages, cookie banner, breadcrumb", () => {
    const page = [
      'Skip to main content',
      'Relief Partners',
      'Who we are',
      'Careers',
      'English',
      'Français',
      '',
      'We use cookies to run this site. You can accept all cookies or only the ones we need.',
      'Accept all cookies',
      'Cookie settings',
      '',
      'Home',
      'Vacancies',
      'Logistics Officer',
      '',
      'Logistics Officer',
      'Location: Juba, South Sudan',
      'Apply now',
      '',
      'Our teams run warehouses in three states and deliver supplies to 40 clinics.',
    ];
    assert.equal(siteHeaderLines(page), 13);
    const { body, aside } = pasteParts(page.join('\n'));
    // (The breadcrumb's last step, the title, stays: the page repeats it as its heading.)
    assert.ok(body.trimStart().startsWith('Logistics Officer\n\nLogistics Officer\nLocation: Juba'));
    assert.ok(aside.includes('Accept all cookies') && aside.includes('Vacancies'));
    // An ordinary posting that opens with its title and short lines has no header.
    assert.equal(siteHeaderLines(['Logistics Officer', 'Careers', 'Juba', 'English', 'The officer runs the warehouse.']), 0);
  });

  it("reads a site's menu copied on one line, its search box and a two-step breadcrumb as its header", () => {
    const page = [
      'Relief Careers',
      'Home  Jobs  Life at Relief  Our programmes  How we hire',
      'Search for jobs or keywords                                   Sign In',
      '',
      'Job Search > Job Details',
      '',
      'Water Engineer - Gao',
      'Posted: 3 May 2027',
    ];
    assert.equal(siteHeaderLines(page), 5);
    const result = importFromText(page.join('\n'));
    assert.equal(result.data.title, 'Water Engineer - Gao');
    // "Search jobs…": a search box's placeholder ends with its dots, not a sentence's full stop.
    assert.equal(siteHeaderLines(['Board', 'News  Countries  Organizations  Topics  Jobs', 'Search jobs...', '', 'Field Officer']), 3);
    // A bar makes a header with the marks right after it; "Job details" under the title and its button is the page's
    // own line, and the title stays.
    assert.equal(
      siteHeaderLines(['Careers | Open positions | Log in', '', 'Nutrition Manager', 'Maradi, Niger', 'Apply', '', 'Job details']),
      1,
    );
    // A line of two words between wide spaces that are no menu is the posting's.
    assert.equal(siteHeaderLines(['Field Officer   Gao', 'Posted: 3 May 2027']), 0);
  });

  it("reads a web page's footer below the posting aside, and keeps a closing contact heading", () => {
    const page = [
      'Protection Officer',
      'Duties',
      '- Lead the protection monitoring.',
      '- Train partner staff.',
      'Competencies',
      'Accountability',
      'Communication',
      '',
      'Follow Us',
      'Privacy and Cookie Notice',
      '\u00a9 2026 Workday, Inc. All rights reserved.',
    ];
    assert.equal(siteFooterStart(page), 8);
    const { body, aside } = pasteParts(page.join('\n'));
    assert.ok(body.trimEnd().endsWith('Communication'), body);
    assert.deepEqual(aside, ['Follow Us', 'Privacy and Cookie Notice', '\u00a9 2026 Workday, Inc. All rights reserved.']);
    // Social networks and the terms, without a copyright line, are a footer too; one closing heading is not.
    assert.equal(siteFooterStart([...page.slice(0, 7), 'Terms of use', 'Facebook', 'LinkedIn']), 7);
    assert.equal(siteFooterStart([...page.slice(0, 7), 'Contact us', 'Write to hr@example.org with questions.']), -1);
    // A copyright line high in the text is the posting's (a document's header), not a footer.
    assert.equal(siteFooterStart(['\u00a9 UNICEF 2026', ...page.slice(0, 7)]), -1);
    // Its links on one line between bars: each a mark. A line of one mark and other words is none.
    assert.equal(siteFooterStart([...page.slice(0, 7), 'Contact us | Terms of use | Privacy']), 7);
    assert.equal(siteFooterStart([...page.slice(0, 7), 'Contact us | Nairobi office']), -1);
  });

  it('reads a UTF-8 text read as Windows-1252 as written, and leaves one odd pair alone', () => {
    assert.equal(withoutMojibake('MÃ©decins du Monde â€“ BogotÃ¡, 2,850 â‚¬'), 'Médecins du Monde – Bogotá, 2,850 €');
    assert.equal(withoutMojibake('A lone Ã© stays'), 'A lone Ã© stays');
  });

  it("reads a scan's OCR look-alikes as the words the text or the data knows, only in a text of OCR's kind", () => {
    const scan = 'Family Type: Farnily\nFunctiona1 Skills\nWork ReIationships\nfamily duty station. 0nly shortlisted';
    assert.equal(
      withoutOcrConfusions(scan),
      'Family Type: Family\nFunctional Skills\nWork Relationships\nfamily duty station. Only shortlisted',
    );
    const plain = 'Learn the modern government return policy in Bern.';
    assert.equal(withoutOcrConfusions(plain), plain);
  });

  it("reads a form's boxes as the options ticked, and a table of labelled cells one cell a line", () => {
    assert.equal(checkedOptions('Type of engagement: \u2612 Consultant \u2610 Individual Contractor'), 'Type of engagement: Consultant');
    assert.equal(checkedOptions('\u2610 Yes \u2610 No'), '\u2610 Yes \u2610 No');
    const { body } = pasteParts('| Title: Water Engineer | Duty Station: Dodoma |\n| :---- | :---- |\n\nThe engineer designs schemes.');
    assert.ok(body.startsWith('Title: Water Engineer\nDuty Station: Dodoma\n'));
  });

  it("moves a board's organisation above the title into the line of facts under it", () => {
    const card = ['Relief Partners', 'Logistics Officer', 'Juba, South Sudan · 2 days ago · 40 applicants', 'About the job'];
    assert.deepEqual(boardCardRead(card), [
      'Logistics Officer',
      'Relief Partners · Juba, South Sudan · 2 days ago · 40 applicants',
      'About the job',
    ]);
  });
});
