/**
 * How a customer's sentence presses, beyond the emotion words (compromise match syntax), for the upset model's form
 * features (customer/upset-form.ts): they have been waiting or are still waiting for something owed, they call on
 * the company to act, the trouble comes back, or they ask a question that wants no answer ("how is this still broken?"). Each pattern has an example it must match and a near miss it must
 * not; tests/coach/customer/upset-form-cues.test.ts runs them all through the same net the engine uses.
 */

export type UpsetFormKind = 'waiting' | 'call-to-act' | 'recurrence' | 'rhetorical';

export interface UpsetFormCue {
  id: string;
  kind: UpsetFormKind;
  match: string;
  example: string;
  /** A sentence that must not match: the near miss that keeps the pattern honest. */
  nearMiss: string;
}

/** Acting on the problem, not asking for information: what a customer calls on the company to do. */
const ACT =
  '(fix|sort|solve|resolve|refund|reverse|restore|reinstate|unban|unlock|reopen|stop|ban|shut|remove|respond|reply|answer|return|compensate|escalate|investigate|address|step|correct)';

export const UPSET_FORM_CUES: readonly UpsetFormCue[] = [
  // Waiting: something owed has not come, and time has passed.
  {
    id: 'still-not',
    kind: 'waiting',
    match: 'still #Adverb? (have|has|had|do|does|did|am|is|are|was|were|can|could|will|would)? not',
    example: "I still haven't received my code.",
    nearMiss: 'I still have the receipt.',
  },
  {
    id: 'still-no',
    kind: 'waiting',
    match: 'still (no|nothing|zero|without)',
    example: 'New version and still no lyrics.',
    nearMiss: 'Is it still on sale?',
  },
  {
    id: 'yet-to',
    kind: 'waiting',
    match: '(yet to|not yet|nothing yet|no word yet)',
    example: 'I have yet to receive the money.',
    nearMiss: 'It is the best one yet.',
  },
  {
    id: 'been-waiting',
    kind: 'waiting',
    match: '(been|am|are|is|was|were|keep|still|currently|now|sat|sitting) #Adverb? (waiting|waited)',
    example: 'I have been waiting since Monday.',
    nearMiss: 'Thanks for waiting with me.',
  },
  {
    id: 'waited-for',
    kind: 'waiting',
    match: 'waited (for|over|more than|almost|nearly)? (#Value|a few|a|an|several|many|hours|days|weeks|months)',
    example: 'I waited two weeks for it.',
    nearMiss: 'I waited in line at the store.',
  },
  {
    id: 'no-response',
    kind: 'waiting',
    match:
      '(no|zero|without a|without any|without) (response|responses|reply|replies|answer|answers|update|updates|feedback|follow up|callback|call back|word|email back)',
    example: 'I emailed them and got no response.',
    nearMiss: 'No worries, the answer was in the manual.',
  },
  {
    id: 'nobody-answered',
    kind: 'waiting',
    match:
      '(no one|nobody|noone) #Adverb? (has|have|had|will|would|is|was|ever)? #Adverb? (got|gotten|get|gets|getting|replied|responded|answered|answers|responds|replies|contacted|called|emailed|helped|helps|cares|reached|followed|bothered|picked|picks)',
    example: 'Nobody got back to me.',
    nearMiss: 'Nobody else uses this account.',
  },
  {
    id: 'never-heard-back',
    kind: 'waiting',
    match:
      '(never|not) #Adverb? (heard|got|gotten|received) (back|a reply|a response|an answer|any response|any reply|any answer|anything back)',
    example: 'I never heard back from support.',
    nearMiss: 'I heard good things about you.',
  },
  {
    id: 'for-days',
    kind: 'waiting',
    match:
      '(for|over|in|after) (the|a)? (past|last)? (#Value|several|many|a few|a couple of|two|three)? (days|weeks|months|hours|ages)',
    example: 'This has been going on for weeks.',
    nearMiss: 'I have had this domain for years.',
  },
  {
    id: 'since-then',
    kind: 'waiting',
    match: 'since (yesterday|last|#WeekDay|#Date|#Month|early|the start|the beginning|this morning)',
    example: 'My order has been pending since yesterday.',
    nearMiss: 'Since you asked, here is my email.',
  },
  {
    id: 'time-now',
    kind: 'waiting',
    match:
      '(#Value|a|an|one|two|three|several|few) (hour|hours|day|days|week|weeks|month|months) (now|later|and counting|so far|already)',
    example: 'It has been almost an hour now.',
    nearMiss: 'I will be home in an hour.',
  },
  {
    // What they did came to nothing: "I filled in the form but nothing happened", "no luck so far".
    id: 'nothing-came-of-it',
    kind: 'waiting',
    match:
      '(but|and|still|yet|so far) #Adverb? (nothing|no luck|no progress|no change|no result|no results|no joy) #Adverb? (has|have)? #Adverb? (happened|happens|changed|changes|came|come|worked|works|yet)?',
    example: 'I filled in the form but nothing happened.',
    nearMiss: 'Nothing is wrong with the form.',
  },
  {
    id: 'to-no-avail',
    kind: 'waiting',
    match: '(to no avail|without success|with no success|without any luck|with no luck)',
    example: 'I have reset it three times to no avail.',
    nearMiss: 'I reset it and it worked.',
  },
  // Calls to act: the company is told or asked to do something about it.
  {
    id: 'act-now',
    kind: 'call-to-act',
    match: `^(please|pls|plz|kindly|just|now|so|guys|someone|somebody)? #Adverb? ${ACT}`,
    example: 'Fix it.',
    nearMiss: 'Fixing it took me a day.',
  },
  {
    id: 'please-act',
    kind: 'call-to-act',
    match: `(please|pls|plz|kindly) #Adverb? ${ACT}`,
    example: 'Hi there, please respond to my email.',
    nearMiss: 'Please tell me how to change my email.',
  },
  {
    id: 'sort-out',
    kind: 'call-to-act',
    match: '(sort|sorting) (this|it|that|me|things|my|our|the)? #Noun{0,2} out',
    example: 'Can you sort this out today?',
    nearMiss: 'I sorted the files by date.',
  },
  {
    id: 'do-something',
    kind: 'call-to-act',
    match: 'do (something|anything|your job|better|the right thing)',
    example: 'Do something about these scammers.',
    nearMiss: 'I do this every weekend.',
  },
  {
    id: 'you-need-to',
    kind: 'call-to-act',
    match: `(you|u|yall|someone|somebody|#Organization) #Adverb? (need|needs|have|has|must|should|ought|better) to? #Adverb? ${ACT}`,
    example: 'You need to fix this.',
    nearMiss: 'You need to restart the app first, the manual says.',
  },
  {
    id: 'want-it-fixed',
    kind: 'call-to-act',
    match:
      '(i|we) #Adverb? (want|need|expect|demand) (this|it|that|my|our|the)? #Noun{0,2} (fixed|sorted|resolved|refunded|restored|reinstated|unbanned|returned|done|back)',
    example: 'I want this fixed today.',
    nearMiss: 'I want this one in blue.',
  },
  {
    id: 'can-you-act',
    kind: 'call-to-act',
    match: `(can|could|will|would) (you|u|someone|somebody|anyone) #Adverb? (please|pls)? ${ACT}`,
    example: 'Can you please fix my account?',
    nearMiss: 'Can you tell me the price?',
  },
  // Recurrence: the trouble comes back, told as such.
  {
    id: 'happened-again',
    kind: 'recurrence',
    match:
      '(happened|happens|happening|happen|occurred|occurs|same thing|same issue|same problem|same error) (again|once more|every time|all the time)',
    example: 'It happened again this morning.',
    nearMiss: 'It happened once, last year.',
  },
  {
    id: 'every-time',
    kind: 'recurrence',
    match: '(every single|every|each) (time|day|night|morning|week|update|login|launch)',
    example: 'It logs me out every time I open it.',
    nearMiss: 'Every player gets a code.',
  },
  {
    id: 'keeps-doing',
    kind: 'recurrence',
    match: '(keeps|kept|keep) #Adverb? (on)? #Gerund',
    example: 'It keeps putting me back in the queue.',
    nearMiss: 'Keep the receipt.',
  },
  {
    id: 'ever-since',
    kind: 'recurrence',
    match:
      '(ever since|all the time|over and over|again and again|time and again|once again|once more|repeatedly|constantly)',
    example: 'It has been freezing ever since the update.',
    nearMiss: 'It has been fine since the update.',
  },
  // Rhetorical questions: asked to say how things are, not to learn anything (the reply answers the feeling).
  {
    id: 'how-is-this',
    kind: 'rhetorical',
    match:
      'how (is|are|can|could|does|do) (this|that|it|you|they) #Adverb? (still|even|so|possible|acceptable|allowed|legal|fair|okay|ok)',
    example: 'How is this still not fixed?',
    nearMiss: 'How is this setting turned on?',
  },
  {
    id: 'are-you-serious',
    kind: 'rhetorical',
    match: '(are|r) (you|u) #Adverb? (serious|kidding|joking|for real)',
    example: 'Are you serious right now?',
    nearMiss: 'Are you open on Sunday?',
  },
  {
    id: 'whats-the-point',
    kind: 'rhetorical',
    match: 'what (is|was|s)? the (point|use)',
    example: "What's the point of paying for premium?",
    nearMiss: 'What is the price of premium?',
  },
  {
    id: 'why-bother',
    kind: 'rhetorical',
    match: 'why (do|should|would|did) (i|we) #Adverb? (bother|pay|trust|stay|even)',
    example: 'Why do I even bother?',
    nearMiss: 'Why do I need a code?',
  },
  {
    id: 'how-hard-is-it',
    kind: 'rhetorical',
    match: 'how (hard|difficult) (is|can|could) it #Adverb? (be)? to',
    example: 'How hard is it to send a refund?',
    nearMiss: 'How hard is the last level?',
  },
  {
    id: 'how-many-times',
    kind: 'rhetorical',
    match: 'how many (more)? times',
    example: 'How many times do I have to ask?',
    nearMiss: 'How many items can I order?',
  },
  {
    id: 'how-much-longer',
    kind: 'rhetorical',
    match: 'how much longer',
    example: 'How much longer do I have to wait?',
    nearMiss: 'How long does shipping take?',
  },
  {
    id: 'who-thought',
    kind: 'rhetorical',
    match: 'who (thought|decided|approved) (this|that|it)',
    example: 'Who thought this update was a good idea?',
    nearMiss: 'Who can approve my refund?',
  },
];
