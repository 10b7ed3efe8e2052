/**
 * Patterns in a customer's message (compromise match syntax) for stress signals, implicit questions and the
 * problem itself. Each has an example it must match; tests/coach/core/cues.test.ts runs them all.
 */
import type { StressKind } from '../types';

export interface CustomerCue {
  id: string;
  kind: StressKind | 'implicit-question' | 'problem';
  match: string;
  example: string;
  /** Sarcasm that reads as such with no complaint word around it ("Great, another …"): praise is never said so. */
  standsAlone?: boolean;
  /**
   * A duration is repeated failure only where the sentence says something is wrong or still waited for: "broken
   * for 3 days", not "using the app for 3 months" (customer/stress.ts `readStress`).
   */
  needsTrouble?: boolean;
  /** Said only as a threat in a complaint: "I'd like to close the account, we are moving" is a request. */
  needsComplaint?: boolean;
}

/** The company or its people, spoken to as a group: what an accusation is made of. */
const YOU_ALL = '(you people|you guys|you lot|your company|your team|your support)';

export const CUSTOMER_CUES: readonly CustomerCue[] = [
  {
    id: 'nth-time',
    kind: 'repeat-contact',
    match:
      '(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|#Ordinal|another|multiple|several|many|countless|#Value) (time|times|email|emails|ticket|tickets|call|calls|message|messages|attempt|attempts|request|requests)',
    example: 'This is the third time I am writing.',
  },
  {
    id: 'already-contacted',
    kind: 'repeat-contact',
    match:
      '(already|previously|repeatedly|again|still|keep|kept|have been|been) #Adverb{0,2} (contacted|contacting|emailed|emailing|called|calling|asked|asking|written|writing|told|explained|reported|chatted|messaged|waiting|waited|trying|tried)',
    example: 'I have already contacted you twice.',
  },
  {
    id: 'no-reply',
    kind: 'repeat-contact',
    match:
      '(no one|nobody|no response|no reply|no answer|never heard back|still waiting|heard nothing|not heard back|no update|no updates|ignored)',
    example: 'Still waiting for an answer.',
  },
  {
    id: 'for-days',
    kind: 'repeat-contact',
    needsTrouble: true,
    match: '(for|over|in|after|since) (#Value|several|many|a few|two|three) (days|weeks|months|hours)',
    example: 'I have been waiting for two weeks.',
  },
  {
    // A duration with a quantifier before it: "for over a week now", "for more than two days".
    id: 'for-over-a-week',
    kind: 'repeat-contact',
    needsTrouble: true,
    match:
      '(for|since|in) (over|more than|almost|nearly|about|around) (a few|a|an|one|#Value|several|two|three) (day|days|week|weeks|month|months|year|years|hour|hours)',
    example: 'I have been getting this message for over a week now!',
  },
  {
    // Tried everything: the rubric's repeated failure, told as what they already did.
    id: 'tried-everything',
    kind: 'repeat-contact',
    match:
      '(tried|tries|trying|done) #Adverb? (everything|all the|all of|every|reinstalling|restarting|rebooting|resetting|uninstalling|re installing|re-installing)',
    example: "I've tried re installing and restarting.",
  },
  {
    id: 'no-matter-what',
    kind: 'repeat-contact',
    match: 'no matter (what|how) (i|we) #Adverb? (do|try|did|tried)',
    example: 'Now I get nothing but BSOD no matter what I do.',
  },
  {
    // Waiting counted in minutes is waiting too ("now at 530 for the last 45 mins", "on hold for 40 minutes").
    id: 'for-minutes',
    kind: 'repeat-contact',
    needsTrouble: true,
    match:
      '(for|over) (the|an|a)? (last|past)? (#Value|several|many|a few|forty|thirty|twenty) (minutes|mins|min|hour|hrs)',
    example: 'I have been on hold for the last 45 mins.',
  },
  {
    id: 'twice-now',
    kind: 'repeat-contact',
    match: '(twice|three times|several times|multiple times) (now|already|today|in a row|this week)',
    example: 'It has left me on a loading screen twice now.',
  },
  {
    id: 'over-and-over',
    kind: 'repeat-contact',
    match: '(again and again|over and over|time and again|time after time)',
    example: 'It logs me out over and over.',
  },
  {
    id: 'cannot-get-through',
    kind: 'repeat-contact',
    match:
      '(can not|could not|never) #Adverb? (get through|get hold of|reach anyone|reach anybody|reach a person|get an answer)',
    example: "I can't get through on the phone.",
  },
  {
    id: 'all-day',
    kind: 'repeat-contact',
    needsTrouble: true,
    match: '(all|the whole|the entire) (day|night|week|weekend|morning|afternoon|evening)',
    example: 'It has been like this all day.',
  },
  {
    id: 'for-weeks',
    kind: 'repeat-contact',
    needsTrouble: true,
    match: '(for|over|after) (days|weeks|months|hours|ages)',
    example: 'It has been broken for weeks.',
  },
  {
    id: 'been-waiting',
    kind: 'repeat-contact',
    needsTrouble: true,
    match:
      '(it has been|it is been|has been|been) (#Value|a few|a|several|many) (days|weeks|months|hours|day|week|month)',
    example: "It's been two months and nothing has changed.",
  },
  {
    id: 'deadline-word',
    kind: 'deadline',
    match:
      '(deadline|by tomorrow|by tonight|by today|by #WeekDay|by #Date|before #Date|in time for|urgent|urgently|asap|as soon as possible|time sensitive|tomorrow|tonight|this afternoon|this morning)',
    example: 'The deadline is on Monday.',
  },
  {
    id: 'due-on',
    kind: 'deadline',
    match: 'due (on|by|today|tomorrow|tonight|#Date|#WeekDay)',
    example: 'The report is due on Monday.',
  },
  {
    id: 'before-event',
    kind: 'deadline',
    match: 'before (my|the|our|a|an) #Adjective? #Noun+ (on #Date)?',
    example: 'I need it before my flight on Friday.',
  },
  {
    id: 'end-of',
    kind: 'deadline',
    match: '(by|before)? (the)? end of (the|this)? (day|week|month)',
    example: 'We need it by the end of the day.',
  },
  {
    id: 'money',
    kind: 'money',
    match:
      '(#Money|charges|refund|refunds|refunded|billed|billing|invoice|invoices|overcharged|double charged|paid|payment|payments|credit card|bank|fee|fees|price|subscription|money|cost|costs|dollars|euros|pounds)',
    example: 'I paid $49 twice.',
  },
  {
    // "charged" alone is as often a battery ("my AirPod disconnects even though it's charged"): money only when
    // someone is charged, for something, or a charge is named.
    id: 'charged-for',
    kind: 'money',
    match: '(charged|charging|charge) #Adverb? (me|us|my|our|for|#Money|twice|again|extra|on)',
    example: 'They are still charging me after I cancelled.',
  },
  {
    id: 'a-charge',
    kind: 'money',
    match: '(a|the|this|that|an|extra|monthly|double|unknown|random) #Adjective? charge',
    example: 'Hopefully the charge can be removed.',
  },
  {
    id: 'business',
    kind: 'business-impact',
    match:
      '(my|our) (business|company|clients|customers|team|store|shop|shops|shift|staff|users|sales|revenue|launch|production|site|website|event|board meeting|board|presentation|employees|patients|students|work|job|class|classes|exam|exams|school|career|income|livelihood)',
    example: 'Our customers cannot check out.',
  },
  {
    id: 'at-stake',
    kind: 'business-impact',
    match: '(on the line|at stake|at risk)',
    example: "Please resolve this soon, don't put my work on the line.",
  },
  {
    id: 'losing',
    kind: 'business-impact',
    match:
      '(losing|lost|lose|costing|cost us|cost me) #Adverb{0,2} (money|sales|customers|business|revenue|orders|clients|data|work|hours|days)',
    example: 'We are losing sales every hour.',
  },
  {
    id: 'leave',
    kind: 'threat-to-leave',
    needsComplaint: true,
    match:
      '(cancel|cancelling|canceling|close|closing|terminate|terminating|end) #Adverb{0,2} (my|our|the) (account|subscription|plan|membership|contract|service)',
    example: 'I will cancel my subscription.',
  },
  {
    id: 'switch',
    kind: 'threat-to-leave',
    match:
      '(switch|switching|move|moving|go|going|take|taking) #Adverb{0,2} (to|my business|our business) #Adverb{0,2} (a|another|your)? (competitor|competitors|elsewhere|another provider|another company|somewhere else|business elsewhere)',
    example: 'We are switching to a competitor.',
  },
  {
    id: 'review-legal',
    kind: 'threat-to-leave',
    match:
      '(chargeback|dispute the charge|bad review|one star|1 star|trading standards|consumer protection|my lawyer|legal action|report you)',
    example: 'I will file a chargeback.',
  },
  {
    id: 'done-with',
    kind: 'threat-to-leave',
    match: "(about|bout|so|just|completely|totally) done with (you all|you|yall|y'all|this company|this service)",
    example: "Second time you took my money, I'm about done with y'all.",
  },
  {
    id: 'never-again',
    kind: 'threat-to-leave',
    match: 'never (use|buy|order|recommend|shop) #Noun{0,2} (again|from you)',
    example: 'I will never order from you again.',
  },
  {
    id: 'you-know',
    kind: 'accusation',
    match: 'you (know|knew) (this|that|it|about this|about it|full well)',
    example: 'You know this. Fix it.',
  },
  {
    id: 'you-people',
    kind: 'accusation',
    match: `${YOU_ALL} #Adverb? (never|do not|did not|can not|refuse|refused|ignore|ignored)`,
    example: 'You people never answer.',
  },
  {
    // "you guys are …", "your team always …" accuse only inside a complaint: "you guys are the best!!" is praise.
    id: 'you-people-do',
    kind: 'accusation',
    needsComplaint: true,
    match: `${YOU_ALL} #Adverb? (always|just|clearly|obviously|keep|kept|are|have)`,
    example: 'You guys keep closing my ticket and nothing gets fixed.',
  },
  {
    id: 'you-did-wrong',
    kind: 'accusation',
    match:
      'you #Adverb? (stole|steal|scammed|scam|lied|lie|robbed|cheated|ripped|ignored|ignore|ruined|refuse|refused) #Adverb? (me|us|my|our|it|the)?',
    example: 'You stole my money.',
  },
  {
    id: 'you-are-bad',
    kind: 'accusation',
    match:
      '(you are|your|ur) #Adverb? (incompetent|useless|a joke|a scam|liars|thieves|crooks|pathetic|hopeless|the worst|terrible|awful|horrible|garbage|trash)',
    example: 'You are useless.',
  },
  {
    id: 'do-not-care',
    kind: 'accusation',
    match: '(you|nobody|no one) #Adverb? (do not|does not|never) #Adverb? (care|listen|read|help|answer|respond)',
    example: 'You clearly do not care.',
  },
  {
    id: 'shame',
    kind: 'accusation',
    match:
      '(shame on you|what is wrong with you|how hard is it|how hard can it be|how difficult is it|how is this ok|how is this okay|how is this acceptable|why is it so hard|why do you always|why do you never|why do you keep)',
    example: 'Shame on you.',
  },
  {
    // A reproach said as a verdict: "This is not ok.", "You can do better."
    id: 'not-ok',
    kind: 'accusation',
    match:
      '(this|that|it) (is just|is|was just|was) #Adverb? (not|never) #Adverb? (ok|okay|acceptable|fair|right|good enough)',
    example: 'This is not ok.',
  },
  {
    id: 'do-better',
    kind: 'accusation',
    match: '(you guys|you all|your company|your team|you) (can|could|should|need to|have to|must) do better',
    example: 'You can do better.',
  },
  {
    // A question that answers itself as a reproach: "Are we supposed to just hope it won't get blocked?"
    id: 'supposed-to',
    kind: 'accusation',
    match: '(am i|are we|are you|is it|how am i|how are we|what am i|what are we) #Adverb{0,2} supposed to',
    example: 'Are we supposed to upload and just hope it works?',
  },
  {
    // What they paid for, asked back: "I buy the game to deal with this?", "what am I paying for?"
    id: 'paid-for-this',
    kind: 'accusation',
    match:
      '(i|we) (buy|bought|pay|paid|purchased) #Determiner? #Noun{0,2} (to deal with|for this|for that|to get this)',
    example: 'I buy the game to deal with this?',
  },
  {
    id: 'why-is-this',
    kind: 'accusation',
    match: 'why (is|does|do) (this|that|it) #Adverb? (a thing|keep|keeps|still|happen|happening|always)',
    example: 'Why is this a thing?',
  },
  {
    id: 'thanks-for-nothing',
    kind: 'sarcasm',
    match:
      '(thanks for nothing|great job|nice job|good job|well done|way to go|so much for|oh great|just great|just perfect|oh wonderful|love how|love that|love it when|got to love|keep up the good work|keep up the great work)',
    example: 'Thanks for nothing.',
  },
  {
    // Praise for one more of something is weary, not pleased: "Great, another 'delivery attempted' …".
    id: 'great-another',
    kind: 'sarcasm',
    match: '(great|awesome|perfect|wonderful|fantastic|lovely|brilliant|fabulous) (another|again)',
    example: "Great, another 'delivery attempted' when I was standing at the door.",
    standsAlone: true,
  },
  {
    id: 'great-service',
    kind: 'sarcasm',
    match:
      '(great|amazing|awesome|fantastic|excellent|wonderful|stellar|brilliant|top notch) customer? (service|support)',
    example: 'Great customer service, as always.',
  },
  {
    id: 'i-demand',
    kind: 'demand',
    match:
      '(i|we) #Adverb? (demand|insist|deserve|expect) #Adverb? (my|our|a|an|the|to|that|this|it|answers|compensation)',
    example: 'I demand a refund.',
  },
  {
    id: 'i-want-back',
    kind: 'demand',
    match: '(i|we) #Adverb? (want|need) #Adverb? (my|our) money back',
    example: 'I want my money back.',
  },
  {
    id: 'fix-now',
    kind: 'demand',
    match:
      '(fix|sort|solve|resolve|answer|refund|reply|respond|unban|restore|reinstate|return) #Adverb? (it|this|that|me|my|our|the)? #Noun{0,2} (now|immediately|asap|right now|today|already)',
    example: 'Fix this now.',
  },
  {
    id: 'need-to-know',
    kind: 'implicit-question',
    match:
      '(i|we) (need|want|would like|would love|wish|have|had|was hoping|am hoping) (to know|to find out|to understand|to confirm|to check|know|an explanation|an answer|an update|a refund|a replacement|clarification|confirmation)',
    example: 'I need to know whether my data is safe.',
  },
  {
    id: 'wondering',
    kind: 'implicit-question',
    match:
      '(i|we) (am|are|was|were)? #Adverb{0,2} (wondering|wonder|curious|unsure|not sure) (if|whether|how|what|why|when|where|who|which|about)',
    example: 'I was wondering if you could extend my trial.',
  },
  {
    id: 'please-do',
    kind: 'implicit-question',
    match:
      '(please|pls|plz|kindly) #Adverb{0,2} (send|tell|let|explain|confirm|advise|help|provide|share|check|fix|refund|cancel|update|call|reply|respond|look|sort|escalate|reset|give|resend|clarify|investigate|change|remove|delete|add)',
    example: 'Please send me the invoice for March.',
  },
  {
    id: 'can-you',
    kind: 'implicit-question',
    match:
      '(can|could|would|will) you #Adverb{0,2} (please)? #Adverb{0,2} (let me know|tell me|send|explain|confirm|help|check|fix|refund|look|advise|update|clarify|sort)',
    example: 'Can you let me know when it ships.',
  },
  {
    id: 'let-me-know',
    kind: 'implicit-question',
    match: '(let me know|tell me|advise) (if|whether|how|what|when|where|why|who|which)',
    example: 'Let me know whether the order was shipped.',
  },
  {
    id: 'any-idea',
    kind: 'implicit-question',
    match: '(any idea|any ideas|any update|any news|any help|any advice|any suggestions|any thoughts) #Adverb{0,2}',
    example: 'Any idea why the sync stopped.',
  },
  {
    id: 'fails',
    kind: 'problem',
    match:
      '(#Noun|#Pronoun) #Adverb{0,2} (#Auxiliary|#Negative|#Modal){0,3} #Adverb{0,2} (failed|fails|failing|crashed|crashes|crashing|broke|broken|stopped|stops|froze|freezes|disappeared|vanished|missing|lost|declined|locked|charged|overcharged|billed|delayed|late|wrong|stuck|blank|empty|down|error|errors|work|working|load|loading|arrive|arrived|open|sync|syncing|expired|bounced|rejected|deleted|duplicated|timing out|times out)',
    example: 'The export failed again.',
  },
  {
    id: 'cannot',
    kind: 'problem',
    match:
      '(i|we) #Adverb{0,2} (can not|could not|am unable to|are unable to|was unable to|have not been able to|still can not|can no longer) #Adverb{0,2} #Verb',
    example: "I can't log in to my account.",
  },
  {
    id: 'got-error',
    kind: 'problem',
    match:
      '(getting|get|got|see|seeing|receive|received|keep getting) #Adverb{0,2} (a|an|the|this)? #Adjective{0,2} (error|errors|message|warning|charge|bill|email|code)',
    example: 'I keep getting an error message.',
  },
];
