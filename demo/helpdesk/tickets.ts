/** The two demo tickets. Plain data: the page renders them, tests and `npm start` read them the same way. */

export interface ThreadEntry {
  kind: 'customer' | 'agent' | 'note';
  author: string;
  /** When, as shown to the agent. */
  when: string;
  /** Paragraphs of the message. */
  paragraphs: string[];
  /** Quoted history under the message, as mail clients include it. */
  quoted?: { attribution: string; paragraphs: string[] };
}

export interface DemoTicket {
  id: string;
  subject: string;
  customer: { name: string; email: string };
  status: string;
  thread: ThreadEntry[];
}

export const TICKETS: DemoTicket[] = [
  {
    id: '4812',
    subject: 'Order A-20931 never arrived — second time asking',
    customer: { name: 'Maria Keller', email: 'maria.keller@example.com' },
    status: 'Open',
    thread: [
      {
        kind: 'customer',
        author: 'Maria Keller',
        when: 'Mon 2 Mar, 09:02',
        paragraphs: [
          'Hi, I ordered a standing desk (order A-20931) on the 24th and the tracking has not moved for a week.',
          'Can you check what is going on?',
        ],
      },
      {
        kind: 'agent',
        author: 'Sam Ortiz (Acme Support)',
        when: 'Mon 2 Mar, 09:14',
        paragraphs: [
          'Hi Maria, thanks for reaching out. I have asked the carrier for an update and will get back to you within 48 hours.',
          'Best, Sam',
        ],
      },
      {
        kind: 'note',
        author: 'Sam Ortiz',
        when: 'Tue 3 Mar, 16:40',
        paragraphs: [
          'Carrier says the parcel was damaged in the depot. A replacement needs approval from logistics — do not promise a date yet.',
        ],
      },
      {
        kind: 'customer',
        author: 'Maria Keller',
        when: 'Thu 5 Mar, 08:31',
        paragraphs: [
          'This is the second time I am writing and still nothing. I took a day off work to wait for the delivery and nobody came. I am really frustrated.',
          'Where is my order A-20931? And can I get a refund of the shipping fee if it does not arrive by Friday?',
          'Maria',
        ],
        quoted: {
          attribution: 'On Mon, 2 Mar 2026 at 09:14, Acme Support <support@acme.example> wrote:',
          paragraphs: [
            'Hi Maria, thanks for reaching out. I have asked the carrier for an update and will get back to you within 48 hours.',
          ],
        },
      },
    ],
  },
  {
    id: '4790',
    subject: 'Invoice INV-3381 shows our old company name',
    customer: { name: 'Tom Becker', email: 'tom@becker-sohn.example' },
    status: 'Pending',
    thread: [
      {
        kind: 'customer',
        author: 'Tom Becker',
        when: 'Fri 27 Feb, 14:10',
        paragraphs: [
          'Hello, our invoice INV-3381 lists our old company name. Could you reissue it for Becker & Sohn GmbH?',
          'Do we need to change anything on our side for future invoices?',
        ],
      },
      {
        kind: 'agent',
        author: 'Lee Park (Acme Support)',
        when: 'Fri 27 Feb, 15:02',
        paragraphs: [
          'Hi Tom, I have passed this to our billing team and will let you know as soon as the new invoice is ready.',
        ],
      },
      {
        kind: 'customer',
        author: 'Tom Becker',
        when: 'Wed 4 Mar, 10:45',
        paragraphs: ['Thanks. Any news? Our accountant needs the corrected invoice by the end of the month.'],
      },
    ],
  },
];

/** What the generic thread reader should find in each ticket: its latest customer message, without quoted history. */
export function latestCustomerText(ticket: DemoTicket): string {
  const latest = ticket.thread.filter((entry) => entry.kind === 'customer').at(-1);
  return latest ? latest.paragraphs.join('\n\n') : '';
}
