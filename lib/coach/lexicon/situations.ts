/**
 * What happened to the customer, as typed situations (compromise match syntax). A situation says what kind of
 * problem it is, how distressing it is in itself (a hacked account is, however calmly it is told), and which
 * impact it carries. Each pattern has an example it must match and a near miss it must not;
 * tests/coach/customer/situations.test.ts runs them all through the same net the engine uses.
 */
import type { ImpactKind, ProblemKind, ProblemSituation } from '../types';

export type SituationId = ProblemSituation;

/** What a device, an app or a service does when it works: its negation ("won't load", "hasn't been syncing") is something broken. */
export const WORKING =
  '(working|work|works|loading|load|loads|opening|open|opens|responding|respond|syncing|sync|connecting|connect|playing|play|starting|start|showing|show|turning on|turn on|updating|update|downloading|download|installing|install|uploading|upload|letting me|let me|accepting|accept)';

export interface SituationCue {
  id: string;
  situation: SituationId;
  match: string;
  example: string;
  /** A sentence that must not match: the near miss that keeps the pattern honest. */
  nearMiss: string;
}

export interface SituationInfo {
  kind: ProblemKind;
  /** 0..1: how distressing the situation is in itself, whatever words the customer chose. */
  distress: number;
  impact: readonly ImpactKind[];
  /** Which situation wins when a message names several (the more specific and more serious first). */
  rank: number;
}

export const SITUATIONS: Readonly<Record<SituationId, SituationInfo>> = {
  hacked: { kind: 'account-access', distress: 0.75, impact: [], rank: 1 },
  'lost-data': { kind: 'missing', distress: 0.65, impact: [], rank: 2 },
  'charged-wrongly': { kind: 'charged-wrongly', distress: 0.55, impact: ['money'], rank: 3 },
  'locked-out': { kind: 'account-access', distress: 0.5, impact: [], rank: 4 },
  suspended: { kind: 'account-access', distress: 0.5, impact: [], rank: 5 },
  'not-arrived': { kind: 'not-arrived', distress: 0.35, impact: [], rank: 6 },
  refund: { kind: 'charged-wrongly', distress: 0.2, impact: ['money'], rank: 7 },
  decision: { kind: 'disagree', distress: 0.35, impact: [], rank: 8 },
  crashes: { kind: 'broken', distress: 0.2, impact: [], rank: 9 },
  missing: { kind: 'missing', distress: 0.3, impact: [], rank: 10 },
  error: { kind: 'broken', distress: 0.15, impact: [], rank: 11 },
  'not-working': { kind: 'broken', distress: 0.2, impact: [], rank: 12 },
  slow: { kind: 'slow', distress: 0.15, impact: [], rank: 13 },
  'how-to': { kind: 'how-to', distress: 0, impact: [], rank: 14 },
};

const DATA =
  '(photos|photo|pictures|picture|pics|data|files|file|videos|video|contacts|messages|documents|progress|save|saves|music|notes|emails|songs|library|memories|world|worlds|playlist|playlists|purchases|games|recordings|backup|folder|folders)';
const ACCOUNT = '(account|accounts|channel|profile|id|gmail|email|login|page|username|psn|gamertag)';

export const SITUATION_CUES: readonly SituationCue[] = [
  {
    id: 'hacked-word',
    situation: 'hacked',
    match: '(hacked|hacker|hackers|hijacked|compromised|hack)',
    example: 'My account got hacked last night.',
    nearMiss: 'I love the new life hacks video.',
  },
  {
    id: 'someone-accessed',
    situation: 'hacked',
    match:
      '(someone|somebody) #Preposition? #Noun? #Adverb? (has|have|had|is|was)? (been)? (accessed|got into|getting into|is using|used|using|changed|stole|took over|bought|purchased)',
    example: 'Someone accessed my account and changed the email.',
    nearMiss: 'Someone told me to write to you.',
  },
  {
    id: 'someone-signed-in',
    situation: 'hacked',
    match:
      '(someone|somebody) #Preposition? #Noun? #Adverb? (has|have|had|is|was)? (been)? (logged|logging|signed|signing) (in|into|on)',
    example: 'Someone has been logging into my account.',
    nearMiss: 'Someone has signed up with my email address.',
  },
  {
    id: 'unauthorised',
    situation: 'hacked',
    match:
      '(unauthorized|unauthorised|suspicious|unknown) (access|login|logins|sign in|activity|purchases|purchase|device)',
    example: 'There is suspicious activity on my account.',
    nearMiss: 'The login page is blue.',
  },
  {
    id: 'locked-out',
    situation: 'locked-out',
    match: '(locked|lock|locking|lockout) #Adverb? out',
    example: 'I am locked out of my Gmail account.',
    nearMiss: 'I locked the door.',
  },
  {
    id: 'cannot-log-in',
    situation: 'locked-out',
    match:
      '(can not|could not|unable to|can no longer|not able to|not been able to|not allowed to|not allowing me to|will not allow me to|does not allow me to|will not let me|does not let me|not letting me|is not letting me) #Adverb? (log|sign|get back|login|access|recover|verify|reset|get into|get in)',
    example: "I can't sign in since the update.",
    nearMiss: 'I can sign in fine.',
  },
  {
    id: 'trouble-logging-in',
    situation: 'locked-out',
    match:
      '(issue|issues|problem|problems|trouble|difficulty|struggling|unable) #Adverb? (logging|signing|getting|log|sign) (in|into|back)',
    example: 'I am having an issue logging into my account.',
    nearMiss: 'I am having an issue with the colours.',
  },
  {
    id: 'someone-trying',
    situation: 'hacked',
    match:
      '(someone|somebody) #Preposition? #Noun? (is|was|keeps|has been|have been|are) (trying|attempting) to (log|sign|access|get|login|hack|use|change)',
    example: 'Someone in Brazil keeps trying to sign in to my account.',
    nearMiss: 'Someone is trying to help me.',
  },
  {
    id: 'still-got-charged',
    situation: 'charged-wrongly',
    match: '(still|again) (got|get|getting|being|was|been|am|keep getting)? (charged|billed) (me|us|for|after|even)?',
    example: 'I cancelled and I still got charged for the month.',
    nearMiss: 'I still got the email.',
  },
  {
    id: 'something-went-wrong',
    situation: 'error',
    match: 'something (went|goes|has gone) wrong',
    example: 'It says something went wrong when I sign in.',
    nearMiss: 'Everything went fine.',
  },
  {
    id: 'lost-access',
    situation: 'locked-out',
    match: '(lost|lose|losing|no|denied|refused) access (to|on)?',
    example: 'I lost access to my email.',
    nearMiss: 'Access to the store is easy.',
  },
  {
    id: 'recover-account',
    situation: 'locked-out',
    match: '(recover|retrieve|get back|regain|restore) #Adverb? (my|our|the|his|her) #Adjective? #Noun? ' + ACCOUNT,
    example: 'How do I recover my account?',
    nearMiss: 'How do I recover from a cold?',
  },
  {
    id: 'get-account-back',
    situation: 'locked-out',
    match: '(get|getting|got|want|need) (my|our|his|her) #Adjective? #Noun? ' + ACCOUNT + ' back',
    example: 'I need help getting my account back.',
    nearMiss: 'I got my order back.',
  },
  {
    id: 'forgot-password',
    situation: 'locked-out',
    match: '(forgot|forgotten|lost) #Possessive? (password|passcode|pin|login|apple id|details)',
    example: 'He forgot his password.',
    nearMiss: 'I forgot to say thanks.',
  },
  {
    // Not knowing the password is forgetting it told another way: "I don't know the password", "can't remember my PIN".
    id: 'unknown-password',
    situation: 'locked-out',
    match:
      '(do not|does not|did not|no longer|can not|could not) #Adverb? (know|remember|recall) (my|the|his|her|our|their)? (password|passcode|pin|login|apple id|details)',
    example: "I haven't been able to get in because I don't know the password.",
    nearMiss: 'I do not know the price of the game.',
  },
  {
    id: 'forgot-service-password',
    situation: 'locked-out',
    match: '(forgot|forgotten|lost) (my|his|her|our|their|the) #Noun (password|passcode|pin|login)',
    example: 'I lost my minecraft password.',
    nearMiss: 'I lost my minecraft world.',
  },
  {
    // The way in is gone: the phone or e-mail the sign-in codes go to is no longer theirs.
    id: 'lost-second-factor',
    situation: 'locked-out',
    match:
      'no longer (have|has|use|using|own|got|had) (access to)? (my|the|that|this)? #Adjective? (phone number|number|phone|email address|email|sim|device)',
    example: 'I forgot the password and I no longer have that phone number.',
    nearMiss: 'I no longer need the old phone.',
  },
  {
    // The sign-in code does not come: "I can't get the verification code", "not receiving the 2FA text".
    id: 'no-sign-in-code',
    situation: 'locked-out',
    match:
      '(not|never|can not|could not|unable to) #Adverb? (getting|get|receiving|receive|received|got|gotten) (the|a|any|my)? (verification|security|2fa|login|otp|authentication|confirmation|password reset|reset|two factor|2 step) (code|codes|text|texts|sms|email|link)',
    example: 'I am not getting the verification code on my phone.',
    nearMiss: 'I got the verification code, thanks.',
  },
  {
    // Changed without them: "my password got changed", "the email on it was changed".
    id: 'changed-without-me',
    situation: 'hacked',
    match:
      '(password|email address|email|phone number|recovery email|username|login details) (was|has been|got|were|had been|have been) #Adverb? changed',
    example: 'My password got changed and now I cannot get in.',
    nearMiss: 'I changed my password yesterday.',
  },
  {
    id: 'account-suspended',
    situation: 'suspended',
    match:
      ACCOUNT +
      ' #Adverb? (has|have|was|were|got|is|been|being){0,2} #Adverb? (suspended|disabled|banned|terminated|deactivated|restricted|closed|deleted|locked)',
    example: 'My channel has been suspended for a year.',
    nearMiss: 'My channel has grown.',
  },
  {
    id: 'suspend-the',
    situation: 'suspended',
    match:
      '(suspend|suspends|suspending|ban|bans|banning|terminate|terminates|disable|disables|deactivate|deactivates) #Adverb? (my|our|the|his|her) #Adjective? #Noun? ' +
      ACCOUNT,
    example: 'I helped a friend with a code and you suspend the account.',
    nearMiss: 'I helped a friend with a code and you fixed the account.',
  },
  {
    id: 'suspended-my',
    situation: 'suspended',
    match:
      '(suspended|disabled|banned|terminated|deactivated|closed|deleted) #Adverb? (my|our) #Adjective? #Noun? ' +
      ACCOUNT,
    example: 'You banned my account for nothing.',
    nearMiss: 'You fixed my account.',
  },
  {
    id: 'charged-twice',
    situation: 'charged-wrongly',
    match:
      '(charged|billed|charging|billing|deducted) (me|us)? #Money? (twice|two times|double|again|three times|multiple times|without|even though|after i|despite|for something|for nothing)',
    example: 'I was charged twice for the same order.',
    nearMiss: 'I was charged the right amount.',
  },
  {
    id: 'double-charge',
    situation: 'charged-wrongly',
    match:
      '(double|duplicate|unauthorized|unauthorised|unknown|unexpected|wrong|extra|fraudulent|random|mystery) #Adjective? (charge|charges|payment|payments|transaction|transactions|billing|fee|fees)',
    example: 'There is an unauthorized charge on my card.',
    nearMiss: 'The charge was expected.',
  },
  {
    id: 'overcharged',
    situation: 'charged-wrongly',
    match: '(overcharged|overcharging|over charged|double charged|double billed)',
    example: 'You overcharged me this month.',
    nearMiss: 'You charged me this month.',
  },
  {
    id: 'took-money',
    situation: 'charged-wrongly',
    match: '(took|taken|taking|stole|deducted|withdrew|withdrawn|kept) #Adverb? (my|our|the)? money',
    example: 'You took my money and sent nothing.',
    nearMiss: 'I saved my money.',
  },
  {
    id: 'charged-not-received',
    situation: 'charged-wrongly',
    match:
      '(charged|paid|billed|bought|purchased) (for)? #Determiner? #Adjective? #Noun{0,2} (but|and) #Adverb? (i|we)? #Adverb? (did not|never|have not|still have not|not) #Adverb? (receive|received|get|got|arrive)',
    example: 'My card got charged but I didn’t receive the game.',
    nearMiss: 'I paid and I got the game.',
  },
  {
    // Money gone twice told as the bank shows it: "it came out twice in my bank", "taken out two times".
    id: 'came-out-twice',
    situation: 'charged-wrongly',
    match: '(came out|taken out|went out|debited|deducted|withdrawn|paid) (twice|two times|three times|double)',
    example: 'I paid for the game and it came out twice in my bank.',
    nearMiss: 'I came out of the store twice as happy.',
  },
  {
    // Billed for what was offered free: a free trial, a free month.
    id: 'charged-for-free',
    situation: 'charged-wrongly',
    match: '(charged|billed|charging|billing|charge|charges) .{0,6} free (trial|month|version|period|year)',
    example: 'I just got billed for signing up for the free trial of premium.',
    nearMiss: 'I signed up for the free trial and I was not charged.',
  },
  {
    // A purchase or charge they did not make: "purchases I didn't make", "a charge I never authorised".
    id: 'not-my-purchase',
    situation: 'charged-wrongly',
    match:
      '(purchase|purchases|charge|charges|transaction|transactions|payment|payments|order|orders) .{0,4} (i|we) (did not|do not|never|have not) #Adverb? (make|made|authorize|authorized|authorise|authorised|order|ordered|buy|bought|approve|approved|recognize|recognise)',
    example: 'There are two purchases on my card that I did not make.',
    nearMiss: 'There are two purchases on my card that I made yesterday.',
  },
  {
    // Asking why they were charged at all is disputing the charge: "why was I charged $45?", "why am I being billed?"
    id: 'why-charged',
    situation: 'charged-wrongly',
    match:
      'why (was|am|have|did|were|are|has|is) (i|we|my #Noun|my card|my account|you) #Adverb? (been|get|got|getting|being)? (charged|charging|billed|billing|charge|bill)',
    example: 'Why was I charged $45 for a late fee?',
    nearMiss: 'When will I be charged for the order?',
  },
  {
    // Asking for a charge to be taken back: "please reverse the charge", "can the fee be waived?"
    id: 'reverse-charge',
    situation: 'charged-wrongly',
    match:
      '(reverse|reversed|waive|waived|dispute|disputing) (the|this|that|my|a|these|those)? #Adjective? (charge|charges|fee|fees|payment|transaction|transactions)',
    example: 'Please reverse the late fee.',
    nearMiss: 'Please reverse the order of the list.',
  },
  {
    id: 'charge-be-reversed',
    situation: 'charged-wrongly',
    match: '(this|that|it|charge|fee|fees|payment) be (reversed|waived|refunded)',
    example: 'I was charged an overdraft fee. Can this be reversed?',
    nearMiss: 'Can this be delivered on Monday?',
  },
  {
    // An amount they were charged, told to the company that charged it, is a charge they question: "you charged me a
    // €91 fee", "charging me $35 to upgrade", "the host is charging me $150 for cleaning".
    id: 'charged-me-amount',
    situation: 'charged-wrongly',
    match: '(charged|billed|charging|billing|charge|bill) (me|us) (a|an|another)? #Money',
    example: 'You charged me a €91 early termination fee.',
    nearMiss: 'You charged me nothing for the upgrade.',
  },
  {
    // Charges named with their amount: "roaming charges of £90 on my bill", "a fee of $25".
    id: 'charges-of-amount',
    situation: 'charged-wrongly',
    match: '(charge|charges|fee|fees|surcharge|penalty) of #Money',
    example: 'There are roaming charges of £90 on my bill.',
    nearMiss: 'There are no roaming charges on my plan.',
  },
  {
    // A bill that rose unannounced is a charge they did not expect: "my phone bill went up $20 with no explanation".
    id: 'bill-went-up',
    situation: 'charged-wrongly',
    match:
      '(bill|price|charge|payment|subscription|rate|premium) #Adverb? (went up|has gone up|increased|doubled|jumped|rose|has risen)',
    example: 'My phone bill went up $20 with no explanation.',
    nearMiss: 'My phone bill went down this month.',
  },
  {
    // The money owed back has not come: "I still haven't received my refund", "the refund never arrived".
    id: 'refund-not-received',
    situation: 'charged-wrongly',
    match:
      '(not|never|yet to|still not) #Adverb? (received|receive|got|get|gotten|seen|had) (my|the|a|any|our) #Adjective? (refund|money back|reimbursement)',
    example: 'It has been two weeks and I have not received my refund.',
    nearMiss: 'I received my refund yesterday, thanks.',
  },
  {
    id: 'refund-not-arrived',
    situation: 'charged-wrongly',
    match:
      'refund #Adverb? (has|have|is|was)? #Adverb? (not|never|still not) #Adverb? (arrived|come|been|showed|appeared|gone|hit|reached|processed)',
    example: 'The refund has not arrived in my account.',
    nearMiss: 'The refund has arrived in my account.',
  },
  {
    id: 'still-charging',
    situation: 'charged-wrongly',
    match: 'still (charging|billing|taking money from) (me|us|my|our)',
    example: 'You are still charging me after I cancelled.',
    nearMiss: 'My phone is still charging.',
  },
  {
    // The card or account said between the charge and how often: "billed my account twice".
    id: 'charged-thing-twice',
    situation: 'charged-wrongly',
    match:
      '(charged|billed|charging|billing|debited) (my|our) #Adjective? #Noun #Noun? (twice|two times|double|three times|again)',
    example: 'You charged my card twice for the renewal.',
    nearMiss: 'You charged my card for the renewal.',
  },
  {
    // Billed for what they had already ended: "charged me for the plan after I cancelled".
    id: 'charged-after-cancel',
    situation: 'charged-wrongly',
    match:
      '(charged|billed|charging|billing) .{0,8} (after|despite|though|although) (i|we|my|our) #Adverb? (cancelled|canceled|cancel|had|unsubscribed|returned|removed|deleted|closed|cancellation|cancelling)',
    example: 'They charged me for the premium plan after I cancelled it.',
    nearMiss: 'They charged me for the premium plan after I upgraded.',
  },
  {
    // An amount they point at on their own statement: "a $75 cleaning fee on my card".
    id: 'fee-on-my',
    situation: 'charged-wrongly',
    match:
      '#Money #Adjective? #Noun? (fee|charge|charges|fees) (on|to|from) (my|our) (credit card|debit card|card|account|bill|statement)',
    example: 'There is a $35 overdraft fee on my account.',
    nearMiss: 'The $35 fee covers the whole year.',
  },
  {
    id: 'money-for-nothing',
    situation: 'charged-wrongly',
    match: '#Money for nothing',
    example: 'That is $64.99 for nothing.',
    nearMiss: 'That is $64.99 for two tickets.',
  },
  {
    // not-my-purchase with the merchant and the card told in between: "a charge from X on my card that I did not make".
    id: 'charge-not-made-far',
    situation: 'charged-wrongly',
    match:
      '(charge|charges|transaction|transactions|payment|payments|purchase|purchases) .{0,10} (that|which) (i|we) .{0,2} (not|never) #Adverb? (make|made|authorize|authorized|authorise|authorised|order|ordered|buy|bought|approve|approved|recognize|recognise)',
    example: 'There is a charge from some website on my debit card that I definitely did not make.',
    nearMiss: 'There is a charge from the website on my card that I made last week.',
  },
  {
    id: 'refund',
    situation: 'refund',
    match: '(refund|refunds|refunded|refunding|money back|reimburse|reimbursement|chargeback)',
    example: 'I need a refund for this game.',
    nearMiss: 'I need a new game.',
  },
  {
    id: 'never-arrived',
    situation: 'not-arrived',
    match:
      '(never|not|did not|have not|has not|still not|still have not|yet to) #Adverb? (arrived|arrive|arriving|received|receive|delivered|come|came|shown up|showed up|show up|turned up|turn up)',
    example: 'My order never arrived.',
    nearMiss: 'My order arrived on time.',
  },
  {
    // Points, credit or currency owed and not added: "my bonus points never posted", "the credit has not come through".
    id: 'never-posted',
    situation: 'not-arrived',
    match:
      '(points|miles|credit|credits|bonus|reward|rewards|cashback|deposit|coins|gems|vbucks|currency) .{0,4} (never|not) #Adverb? (posted|credited|appeared|arrived|hit|added|showed|come|came|gone|went|transferred)',
    example: 'My bonus points from the promo never posted.',
    nearMiss: 'My bonus points from the promo posted yesterday.',
  },
  {
    // An order that never moves on from its first status: "still says processing", "has said pending for 3 weeks".
    id: 'still-processing',
    situation: 'not-arrived',
    match:
      '(still|has|have|been|for) #Adverb? (says|said|saying|shows|showed|showing|been)? (processing|pending|preparing)',
    example: 'My preorder still says processing and the release was yesterday.',
    nearMiss: 'Processing usually takes a day.',
  },
  {
    id: 'delivery-attempted',
    situation: 'not-arrived',
    match:
      '(delivery attempted|attempted delivery|missed delivery|tried to deliver|failed delivery|delivery exception)',
    example: 'Tracking has said delivery attempted three days in a row.',
    nearMiss: 'Delivery was quick, thanks.',
  },
  {
    // An order the seller called off is what they paid or waited for and will not get.
    id: 'order-cancelled',
    situation: 'not-arrived',
    match: '(order|orders|preorder|purchase|shipment) .{0,5} (got|was|been|were|is) #Adverb? (cancelled|canceled)',
    example: 'My order for the graphics card got cancelled after it said ready for pickup.',
    nearMiss: 'I cancelled my order myself.',
  },
  {
    id: 'supposed-to-come',
    situation: 'not-arrived',
    match: '(was|were|is|are) supposed to (come|arrive|be delivered|be here|show up|deliver|be shipped|ship)',
    example: 'The technician was supposed to come between 8 and 12.',
    nearMiss: 'The technician came between 8 and 12.',
  },
  {
    id: 'but-no-thing-arrived',
    situation: 'not-arrived',
    match: 'but no .{1,3} (showed|arrived|came|appeared)',
    example: 'The money left my account but no coins showed up.',
    nearMiss: 'The money left my account and the coins showed up.',
  },
  {
    // A promise not kept is something owed and not had: "where are the supplies that you promised?"
    id: 'promised',
    situation: 'not-arrived',
    match: '(you|they|was|were|been|we|i) #Adverb? (promised|guaranteed)',
    example: 'Where are our cleaning supplies that you promised?',
    nearMiss: 'I promise I will pay on Friday.',
  },
  {
    id: 'didnt-get-order',
    situation: 'not-arrived',
    match: '(did not|never|have not) #Adverb? (get|got) (anything|it|them|my|the) #Adjective? #Noun?',
    example: "I ordered the pack two days ago and didn't get anything.",
    nearMiss: 'I got it yesterday.',
  },
  {
    // Tracking that has not moved is a delivery that has not come: "it has said 'in transit' for 9 days".
    id: 'stuck-in-transit',
    situation: 'not-arrived',
    match:
      '(in transit|not moved|not been updated|not updated|same place|same status|says shipped) #Adverb? (for|in|since) (#Value|over|almost|nearly|like)? #Value? #Adjective? (days|weeks|months)',
    example: "Tracking has said 'in transit' for 9 days.",
    nearMiss: 'The package was in transit for a day and arrived on Monday.',
  },
  {
    id: 'did-not-make-it',
    situation: 'not-arrived',
    match:
      '(bag|bags|luggage|suitcase|baggage|order|package|parcel|delivery|shipment|item|items|box) #Adverb? (did not|never|has not|have not|still has not|still have not) #Adverb? (make it|made it|get here|got here|reach|reached|turn up)',
    example: "My bag didn't make it to Atlanta.",
    nearMiss: "I didn't make it to the airport in time.",
  },
  {
    id: 'lost-bag',
    situation: 'not-arrived',
    match:
      '(lost|misplaced|lose|losing) (my|our|the) #Adjective? (bag|bags|luggage|suitcase|baggage|package|parcel|order|shipment)',
    example: 'You lost my luggage on the way to Denver.',
    nearMiss: 'I lost my way to the gate.',
  },
  {
    // Marked delivered is a complaint when it is said at all: "my package says delivered but it's not here".
    id: 'says-delivered',
    situation: 'not-arrived',
    match: '(says|said|shows|showed|showing|marked as|marked|listed as|status is) #Adverb? (it was|as)? delivered',
    example: "My package says delivered but it's not here.",
    nearMiss: 'It was delivered on Monday, thanks.',
  },
  {
    id: 'where-is-order',
    situation: 'not-arrived',
    match:
      'where (is|are) (my|our|the) #Adjective? (order|package|parcel|delivery|refund|item|items|shipment|stuff|money|code|points|rewards)',
    example: 'Where is my package?',
    nearMiss: 'Where is the nearest store?',
  },
  {
    id: 'order-late',
    situation: 'not-arrived',
    match:
      '(order|package|parcel|delivery|shipment|item|items) #Adverb? (is|has been|was|are|have been)? #Adverb? (late|delayed|stuck|lost|missing|held)',
    example: 'The package is delayed again.',
    nearMiss: 'The package is heavy.',
  },
  {
    id: 'crash-word',
    situation: 'crashes',
    match: '(crash|crashes|crashed|crashing|freezes|froze|freezing|frozen|freeze)',
    example: 'The app crashes whenever I import.',
    nearMiss: 'The app imports fine.',
  },
  {
    id: 'error-word',
    situation: 'error',
    match: '(error code|error message|error|errors)',
    example: 'I keep getting an error message.',
    nearMiss: 'I keep getting emails.',
  },
  {
    // A bug is something misbehaving, not a message on the screen: "sorry it's giving you an error" would not be true.
    id: 'bug-word',
    situation: 'not-working',
    match: '(bug|bugs|glitch|glitches|glitching|bugged|buggy)',
    example: 'The halo mash-up pack is bugged.',
    nearMiss: 'I keep getting an error message.',
  },
  {
    id: 'not-working',
    situation: 'not-working',
    match: `(not|never|stopped|stop|stops|no longer|will not|would not|does not|do not|did not|is not|are not|can not|unable to) #Adverb? (been)? #Adverb? ${WORKING}`,
    example: "My Face ID hasn't been working since last night.",
    nearMiss: 'The app opens quickly.',
  },
  {
    id: 'broken-state',
    situation: 'not-working',
    match:
      '(is|are|was|were|seems|got|been) #Adverb? (broken|broke|down|offline|dead|stuck|unusable|unplayable|blank|freaking out|messed up|out of sync|damaged|cracked|smashed|defective|faulty|non functioning|nonfunctional|non functional)',
    example: 'The site is down again.',
    nearMiss: 'The site is up again.',
  },
  {
    id: 'stuck-at',
    situation: 'not-working',
    match: 'stuck (at|on|in|loading)',
    example: 'The installer is stuck at 3%.',
    nearMiss: 'I am stuck for words.',
  },
  {
    id: 'lost-data',
    situation: 'lost-data',
    match:
      '(lost|lose|losing|deleted|wiped|erased|gone|disappeared|vanished|missing|corrupted) #Adverb? (all|some|most)? (of)? (my|our|the)? #Adjective{0,2} ' +
      DATA,
    example: 'I lost all my photos after the update.',
    nearMiss: 'I took some photos.',
  },
  {
    // "deleted 2 years of files", "lost 300 hours of progress": what was lost, measured in the time it took.
    id: 'lost-time-of-data',
    situation: 'lost-data',
    match:
      '(lost|lose|losing|deleted|wiped|erased) #Value (years|months|weeks|days|hours) (of|worth of) (my|our|the)? #Adjective{0,2} ' +
      DATA,
    example: 'Dropbox deleted 2 years of files from my shared folder.',
    nearMiss: 'I have 2 years of files in my shared folder.',
  },
  {
    id: 'data-gone',
    situation: 'lost-data',
    match:
      DATA +
      ' #Adverb? (are|is|have|has|were|was|got)? #Adverb? (been)? (gone|missing|deleted|disappeared|vanished|lost|wiped|erased|corrupted|reset|emptied)',
    example: 'All my files are gone.',
    nearMiss: 'All my files are here.',
  },
  {
    id: 'device-disabled',
    situation: 'locked-out',
    match:
      '(iphone|ipad|phone|device|console|mac|laptop|watch) #Adverb? (is|was|got|has been|became)? #Adverb? (disabled|locked)',
    example: 'My iPhone is disabled after too many tries.',
    nearMiss: 'My iPhone is charging.',
  },
  {
    id: 'disabled-device',
    situation: 'locked-out',
    match: '(my|our|his|her|a) (disabled|locked) (iphone|ipad|phone|device|console|mac|laptop|watch)',
    example: 'How do I fix my disabled iPhone?',
    nearMiss: 'How do I fix my new iPhone?',
  },
  {
    // "All my photos from 2019 are gone": what was lost, said with where or when it came from.
    id: 'data-from-gone',
    situation: 'lost-data',
    match:
      DATA +
      ' from #Possessive? #Determiner? #Adjective? (#Value|#Noun) (are|is|have|has|were|was|got) #Adverb? (been)? (gone|missing|deleted|disappeared|vanished|lost|wiped|erased)',
    example: 'All my photos from 2019 are gone from the camera uploads folder.',
    nearMiss: 'All my photos from 2019 are still here.',
  },
  {
    id: 'now-gone',
    situation: 'missing',
    match: '(now|suddenly|just) (it is|its|they are|it has|they have|is|are)? #Adverb? (gone|disappeared|vanished)',
    example: 'I won the car in the casino and now its gone.',
    nearMiss: 'The car is now mine.',
  },
  {
    id: 'lost-device',
    situation: 'missing',
    match:
      '(lost|stolen|stole|misplaced) (my|her|his|our|the)? #Adjective? #Noun? (phone|mobile|iphone|device|laptop|wallet|card|tablet|ipad|watch|airpods|airpod|controller|headphones|keys)',
    example: 'My mother lost her Android mobile.',
    nearMiss: 'My mother bought an Android mobile.',
  },
  {
    id: 'missing-word',
    situation: 'missing',
    match: '(missing|disappeared|disappearing|disappears|vanished|vanishing|gone missing|not there|not showing)',
    example: 'Some albums are missing.',
    nearMiss: 'Some albums are great.',
  },
  {
    id: 'where-is-my-money',
    situation: 'missing',
    match: 'where (is|did|has) (my|our) (money|balance|funds|cash|deposit|paycheck)',
    example: 'My balance shows $0. Where is my money?',
    nearMiss: 'Where is my nearest branch?',
  },
  {
    // Something of theirs left behind in a ride, a plane or a room: "left my airpods in a lyft".
    id: 'left-my-thing',
    situation: 'missing',
    match:
      '(left|lost|forgot) (my|our) #Adjective? #Noun (in|on|at) (a|the|my|your|their) #Adjective? (car|cab|taxi|uber|lyft|ride|plane|flight|train|bus|seat|room|hotel|store|shop|locker|gate|lounge|airport|station|restaurant|venue)',
    example: 'I left my headphones in the car last night.',
    nearMiss: 'I left my review on the app.',
  },
  {
    id: 'failed',
    situation: 'not-working',
    match: '(failed|fails|failing|failure)',
    example: 'Then Creative Cloud failed to update.',
    nearMiss: 'Then Creative Cloud updated.',
  },
  {
    id: 'slow',
    situation: 'slow',
    match: '(slow|slower|slowly|lagging|lag|laggy|lags|buffering|takes forever|taking forever|took forever|so long)',
    example: 'The app is so slow today.',
    nearMiss: 'The app is fast today.',
  },
  {
    id: 'removed',
    situation: 'decision',
    match:
      '(removed|taken down|demonetized|demonetised|blocked|claimed|rejected|denied|refused|flagged|struck|age restricted) #Adverb? (my|our) #Adjective? (video|videos|review|content|upload|uploads|claim|request|appeal|application|account|stream|channel|song|post)',
    example: 'They rejected my appeal without reading it.',
    nearMiss: 'Has the time limit been removed for teachers?',
  },
  {
    id: 'my-thing-removed',
    situation: 'decision',
    match:
      '(my|our) #Adjective? (video|videos|review|content|upload|uploads|claim|request|appeal|application|stream|song|post|ad|listing) #Adverb? (has|have|was|were|got|is|are|been|being){0,2} #Adverb? (removed|taken down|demonetized|demonetised|blocked|claimed|rejected|denied|refused|flagged|struck|age restricted)',
    example: 'My review has been blocked world wide because of copyright.',
    nearMiss: 'My review has been read.',
  },
  {
    id: 'copyright',
    situation: 'decision',
    match: '(copyright|strike|strikes|fair use|community guidelines|policy violation|violat)',
    example: 'I got a copyright strike on my video.',
    nearMiss: 'I got a new video.',
  },
  {
    id: 'unfair',
    situation: 'decision',
    match:
      '(unfair|unfairly|unjustly|not fair|wrongly|wrongfully|by mistake|for no reason|without reason|without warning|no reason|in error|mistakenly)',
    example: 'My account was closed for no reason.',
    nearMiss: 'The reason is clear.',
  },
  {
    id: 'banned-from',
    situation: 'decision',
    match: '(banned|ban|bans) (from|for|me|my)',
    example: 'I got banned from online play for cheating and I have never cheated.',
    nearMiss: 'Please ban the cheaters in my lobby.',
  },
  {
    // A change made to them unannounced is a decision they dispute: "my bill went up with no notice".
    id: 'no-notice',
    situation: 'decision',
    match: '(without|with no) (any|prior)? (notice|warning|explanation|notification|reason)',
    example: 'My credit limit was lowered without any notice.',
    nearMiss: 'I gave notice last week.',
  },
  {
    id: 'no-refunds',
    situation: 'decision',
    match:
      '(no refunds|not refundable|non refundable|nonrefundable|refused to refund|refuse to refund|will not refund|denied my refund|refused my refund)',
    example: 'Now you say no refunds because the show was postponed.',
    nearMiss: 'I got my refund today.',
  },
  {
    id: 'held-funds',
    situation: 'decision',
    match:
      '(held|holding|froze|frozen|freezing) (my|our) #Money? (funds|money|payments|payment|payouts|payout|balance|deposit)',
    example: 'You have held my payments for 21 days.',
    nearMiss: 'You have my payment details on file.',
  },
  {
    id: 'limit-lowered',
    situation: 'decision',
    match:
      '(limit|credit|allowance|rate|pay|hours) (got|was|been|were|has been) (lowered|reduced|cut|decreased) (from|to|by|without|for)',
    example: 'My credit limit got lowered from $5000 to $1500.',
    nearMiss: 'My credit limit got raised to $5000.',
  },
  {
    id: 'how-do-i',
    situation: 'how-to',
    match: 'how (do|can|could|should|would|will) (i|we|you|one)',
    example: 'How do I change my email address?',
    nearMiss: 'I know how it works.',
  },
  {
    id: 'how-to',
    situation: 'how-to',
    match: 'how to #Verb',
    example: 'How to find the last location of my phone?',
    nearMiss: 'I know how it works.',
  },
  {
    id: 'is-there-a-way',
    situation: 'how-to',
    match:
      '(is there a way|is it possible|what do i need to|what do i have to|what should i do|what do i do|where do i|where can i)',
    example: 'Is there a way to export my notes?',
    nearMiss: 'There is a way out.',
  },
];
