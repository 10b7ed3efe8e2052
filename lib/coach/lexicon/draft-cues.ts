/**
 * Phrases in an agent's draft that show a check is met, as compromise match patterns. Data, not code: each cue
 * has an example sentence it must match (tests/coach/core/cues.test.ts runs every example), and all cues compile
 * into one compromise net so a sentence is swept once, whatever the number of cues.
 *
 * Contractions need no alternatives: compromise expands "I'm" to "i am" and "don't" to "do not" before matching.
 */

export type DraftCueKind =
  /** Names the customer's feeling back to them: "you must be frustrated", "that sounds stressful". */
  | 'reflection'
  /** An apology ("I'm sorry the export failed"). */
  | 'apology'
  /** Says the feeling is legitimate: "it's completely understandable". */
  | 'validation'
  /** Recognises what the problem costs them: "thank you for your patience", "I know this has held you up". */
  | 'impact'
  /** Affirms the customer: "you did the right thing", "that's a great idea". */
  | 'affirmation'
  /** Confidence about the outcome: "we'll get this sorted today", "don't worry". */
  | 'confidence'
  /** Signals a restatement: "so you're saying", "if I understand correctly". */
  | 'restate'
  /** A concrete future action: "I'll send", "our team will", "you'll receive". */
  | 'action'
  /** When it happens: "by Friday", "within 24 hours", "today". */
  | 'when'
  | 'greeting'
  /** A closing that invites a reply: "let me know if", "feel free to reach out". */
  | 'invite'
  | 'sign-off';

export interface DraftCue {
  id: string;
  kind: DraftCueKind;
  match: string;
  example: string;
  /** Words that cancel the cue when they come right before it ("it would make you feel better" is a proposal). */
  notAfter?: readonly string[];
  /** The cue only counts when a pause (punctuation or the sentence end) follows: "I understand." but not "I understand the API". */
  pauseAfter?: boolean;
}

const second = '(you all|you|y all)';
/** Words that name how hard something is for the person living it. */
const HARD =
  '(hard|difficult|tough|rough|frustrating|stressful|upsetting|painful|annoying|worrying|scary|frightening|overwhelming|confusing|disappointing|exhausting|draining|tiring|lonely|sad|inconvenient|awful|terrible|horrible|unacceptable|unfair|heartbreaking|devastating|challenging|concerning|alarming|distressing|infuriating|maddening|irritating|disruptive|nerve wracking|a lot|a pain|a hassle|a nightmare)';

/** Adjectives that name a felt state, for cues where any adjective would also take in advice ("I would be subtle"). */
const FELT =
  '(upset|angry|furious|mad|livid|frustrated|annoyed|irritated|hurt|sad|devastated|heartbroken|crushed|worried|anxious|nervous|scared|afraid|terrified|stressed|overwhelmed|disappointed|confused|lonely|jealous|embarrassed|ashamed|concerned|fed up|gutted|miserable|exhausted)';

export const DRAFT_CUES: readonly DraftCue[] = [
  // Reflection of feelings.
  {
    id: 'you-feel',
    kind: 'reflection',
    notAfter: ['make', 'makes', 'made', 'help', 'helps', 'let', 'lets', 'if', 'when', 'can', 'will'],
    match: `${second} (do|really|#Adverb)? (feel|felt|are feeling|were feeling|have been feeling|seem|seemed|sound|sounded) #Adverb{0,2} (#Adjective|#PastTense|like|so|very|really|a|let|that|to be)`,
    example: 'You feel really let down by this.',
  },
  {
    id: 'you-must-be',
    kind: 'reflection',
    match: `${second} must (be|have been|feel|have felt) #Adverb{0,2} (#Adjective|#PastTense|#Gerund|so|very|really|under|going|as|like)`,
    example: 'You must be so frustrated right now.',
  },
  {
    id: 'you-are-feeling',
    kind: 'reflection',
    match: `${second} (are|were|have been) #Adverb{0,2} (feeling|going through|dealing with|struggling|hurting|worried|upset|frustrated|stressed|anxious|overwhelmed|scared|afraid|sad|lonely|angry|disappointed|confused|hurt|exhausted|tired|nervous|concerned|annoyed)`,
    example: "You're going through a lot right now.",
  },
  {
    id: 'sounds-like',
    kind: 'reflection',
    match: '(it|that|this) #Adverb{0,2} (sounds|seems|looks) like',
    example: 'It sounds like this has been a difficult week.',
  },
  {
    id: 'that-sounds',
    kind: 'reflection',
    match:
      '(that|this|it|which) #Adverb{0,2} (sounds|sound|seems|must be|must have been|must feel) #Adverb{0,2} (#Adjective|#PastTense)',
    example: 'That sounds really stressful.',
  },
  {
    id: 'that-is-hard',
    kind: 'reflection',
    match: `(is|was|has been|are|have been|feels|felt|went|seems|sounds|gets|get|sound|seem|feel|look|looks) #Adverb{0,2} #Adverb{0,2} (a|an|such a)? #Adverb{0,2} ${HARD}`,
    example: "That's a really frustrating experience.",
  },
  // compromise tags a predicate "hard" after "sounds"/"must be" as an adverb, which the #Adverb slots of the cues above then swallow; spelled-out intensifiers avoid that.
  {
    id: 'sounds-hard',
    kind: 'reflection',
    match: `(that|this|it|which|you|things|everything|all) #Adverb? (sounds|sound|seems|seem|looks|look|feels|feel|must be|must have been|can be|could be|would be|has been|have been) (so|really|very|pretty|quite|incredibly|extremely|truly|super|rather)? ${HARD}`,
    example: 'That must be hard.',
  },
  {
    id: 'sounds-adj',
    kind: 'reflection',
    match: '^#Adverb? (sounds|seems) #Adverb{0,2} (#Adjective|#PastTense|like)',
    example: 'Sounds really tough.',
  },
  {
    id: 'i-can-imagine',
    kind: 'reflection',
    match: 'i (can|could) #Adverb{0,2} (imagine|see|understand|tell|hear|sense|feel|relate)',
    example: 'I can imagine how worrying that is.',
  },
  {
    id: 'i-understand',
    kind: 'reflection',
    match:
      'i #Adverb{0,2} (understand|know|get|hear|see|realize|realise|appreciate) (how|that|why|what|your|you|this|it)',
    example: 'I understand how annoying this is.',
  },
  {
    id: 'i-understand-bare',
    kind: 'reflection',
    pauseAfter: true,
    match:
      '^(ok|okay|yes|oh|ah|yeah)? i #Adverb{0,2} (understand|see|hear you|get it|get that|know|feel you|hear that)',
    example: 'I completely understand, that would worry me too.',
  },
  { id: 'i-hear-you', kind: 'reflection', match: 'i (hear|feel for|get) you', example: 'I hear you.' },
  {
    id: 'your-feelings',
    kind: 'reflection',
    match:
      '(understand|hear|see|share|feel|get|appreciate|acknowledge|recognise|recognize) #Adverb{0,2} (your|the) (feelings|frustration|concern|concerns|worry|worries|disappointment|anger|stress|anxiety|fear|fears|pain|situation|point|confusion|urgency|annoyance|upset)',
    example: 'I completely understand your frustration.',
  },
  {
    id: 'can-be-hard',
    kind: 'reflection',
    match: `(can|could|would|will|must) (be|feel|get) #Adverb{0,2} (a|an)? #Adverb{0,2} ${HARD}`,
    example: 'Confrontation can be quite stressful.',
  },
  {
    id: 'i-would-too',
    kind: 'reflection',
    match: `(i|anyone|anybody) would (be|feel|have been|have felt) #Adverb{0,2} (${FELT.slice(1, -1)}|the same|#Adjective too|#PastTense too)`,
    example: 'I would be furious too!',
  },
  {
    id: 'how-hard',
    kind: 'reflection',
    match: `(how|so|such a|such|very|really|incredibly|extremely|truly) ${HARD}`,
    example: 'I know how frustrating it is to wait.',
  },
  {
    id: 'must-be-hard',
    kind: 'reflection',
    match: '(that|this|it) must #Adverb{0,2} (be|have been|feel) #Adverb{0,2} (#Adjective|#PastTense|a)',
    example: 'That must have been so disruptive.',
  },
  {
    id: 'feel-frustrated',
    kind: 'reflection',
    match:
      '(feeling|to feel|feel) #Adverb{0,2} (frustrated|upset|stressed|anxious|worried|overwhelmed|sad|lonely|angry|hurt|confused|lost|scared|afraid|down|hopeless|helpless|disappointed|let down|nervous|annoyed|betrayed|alone|isolated|depressed|tired|exhausted)',
    example: 'Anyone would be feeling frustrated after that.',
  },
  {
    id: 'not-easy',
    kind: 'reflection',
    match:
      '(is|was|has been|will be|are|can not be) (not|never) (going to be|always|really|exactly|that|ever)? #Adverb? (easy|fun|simple|pleasant|nice)',
    example: "It's never easy to lose a whole afternoon's work.",
  },
  {
    id: 'i-know-the-feeling',
    kind: 'reflection',
    match: '(i|we) #Adverb? (know|understand|get|remember) (the|that|this) feeling',
    example: 'I know the feeling, waiting on a delivery is nerve-wracking.',
  },
  {
    id: 'i-feel-for-you',
    kind: 'reflection',
    match: 'i #Adverb{0,2} feel (bad|sorry|terrible|awful) (for|about)',
    example: 'I feel terrible about the mix-up with your order.',
  },
  {
    id: 'hate-to-hear',
    kind: 'reflection',
    match: 'i #Adverb? (hate|hated) (to hear|hearing|to see|seeing) (that|this|it|you|about)',
    example: 'I hate to hear that the app let you down.',
  },
  {
    id: 'a-lot-on-your-plate',
    kind: 'reflection',
    match:
      '(a lot|so much|too much|plenty|quite a lot|enough) (on your plate|to deal with|to handle|to cope with|to take in|to carry|going on)',
    example: "That's a lot to deal with on top of the move.",
  },
  {
    id: 'on-your-plate',
    kind: 'reflection',
    match: '(on your plate|on your shoulders)',
    example: 'That is a lot to have on your plate.',
  },
  {
    id: 'should-not-treat-you',
    kind: 'validation',
    match:
      '(should not|should never|has no right to|have no right to|had no right to) #Adverb? (be treating|treat|be talking to|talk to|speak to|be speaking to|have treated|have spoken to) (you|someone)',
    example: 'He should not be treating you that way.',
  },
  {
    id: 'under-pressure',
    kind: 'reflection',
    match:
      '(are|were|have been|is|has been|been) #Adverb? under (a lot of|so much|too much|enormous|huge|real|a great deal of|a ton of|such)? #Adjective? (stress|pressure|strain)',
    example: "You're under a lot of pressure with the launch on Monday.",
  },

  // Apologies that own the problem.
  {
    id: 'i-am-sorry',
    kind: 'apology',
    match: '(i|we) (am|are) #Adverb{0,2} sorry',
    example: "I'm so sorry the export failed again.",
  },
  {
    id: 'sorry-for',
    kind: 'apology',
    match: '^#Adverb? sorry (for|about|to|that)',
    example: 'Sorry for the trouble with your order.',
  },
  {
    id: 'i-apologize',
    kind: 'apology',
    match: '(i|we) #Adverb{0,2} (apologize|apologise|apologized|apologised)',
    example: 'We apologise for the double charge.',
  },
  {
    id: 'my-apologies',
    kind: 'apology',
    match: '(my|our) #Adjective? (apologies|apology)',
    example: 'My sincere apologies for the delay.',
  },
  {
    id: 'so-sorry',
    kind: 'apology',
    match: '(so|really|very|truly|terribly) sorry',
    example: 'Really sorry about all this.',
  },

  // Validation.
  {
    id: 'understandable',
    kind: 'validation',
    match:
      '(is|are|was|would be|feels) #Adverb{0,2} (natural|understandable|normal|okay|ok|fine|valid|fair|reasonable|human|expected|allowed)',
    example: "It's completely understandable to be upset.",
  },
  {
    id: 'makes-sense',
    kind: 'validation',
    match: '(makes|make|made) #Adverb{0,2} #Adjective? sense',
    example: 'Your reaction makes complete sense.',
  },
  {
    id: 'anyone-would',
    kind: 'validation',
    match:
      '(anyone|anybody|everyone|everybody|most people|many people|a lot of people|lots of people|nobody|no one|we all) (would|could|feels|feel|are feeling|is feeling|felt|goes through|go through|struggles|struggle|gets|experience|experiences)',
    example: 'Anyone would be annoyed by that.',
  },
  {
    id: 'anyone-in-your-shoes',
    kind: 'validation',
    match:
      '(anyone|anybody|everyone|everybody|most people) (in|with) #Determiner? #Adjective? #Noun+ (would|could) (be|feel|have|react|do)',
    example: 'Anyone in your position would feel the same.',
  },
  {
    id: 'many-people',
    kind: 'validation',
    match:
      '(many other|many|lots of|a lot of|so many|most|plenty of other|plenty of|other) (people|customers|users|teams|folks|others) #Adverb{0,2} (feel|felt|struggle|struggled|find|found|have been|have|had|get|got|run into|ran into|go through|went through|suffer|suffered|experience|experienced|deal with|worry|worried|are feeling|are struggling)',
    example: 'Many customers run into the same thing after the update.',
  },
  {
    id: 'common-thing',
    kind: 'validation',
    match:
      '(a|an|very|really|quite|such a|pretty|super)? #Adverb? (common|normal|natural|understandable|frequent) (thing|problem|issue|question|feeling|reaction|experience|mistake|concern|worry|struggle|situation)',
    example: 'This is a really common question, so you are in good company.',
  },
  {
    id: 'happens-to-everyone',
    kind: 'validation',
    match:
      '(happens|happened|can happen) to (everyone|everybody|all of us|the best of us|anyone|anybody|a lot of people|many people|lots of people)',
    example: 'It happens to the best of us.',
  },
  {
    id: 'nothing-wrong',
    kind: 'validation',
    match:
      '(nothing wrong|no shame|nothing to be ashamed of|no problem|nothing bad) #Adverb{0,2} (with|in|about) #Adverb? (feeling|being|#Gerund|asking|that)',
    example: 'There is nothing wrong with feeling that way.',
  },
  { id: 'no-wonder', kind: 'validation', match: 'no wonder', example: "No wonder you're fed up." },
  {
    id: 'right-to-be',
    kind: 'validation',
    match: `${second} (are|have every) #Adverb{0,2} (right|reason) to`,
    example: "You're right to be concerned.",
  },
  {
    id: 'not-alone',
    kind: 'validation',
    match: `${second} (are|were) not (alone|the only)`,
    example: "You're not alone in this.",
  },
  {
    id: 'valid-feelings',
    kind: 'validation',
    match:
      '(feelings|feeling|emotions|concerns|reaction) (are|is) #Adverb{0,2} (valid|natural|understandable|normal|justified|fair)',
    example: 'Your feelings are completely valid.',
  },

  // Impact on the customer.
  {
    id: 'thank-patience',
    kind: 'impact',
    match:
      '(thank you|thanks|i appreciate|we appreciate|appreciate) #Adverb{0,2} (for)? #Adverb{0,2} (your|you) #Adverb{0,2} (patience|patient|understanding|bearing|sticking|waiting|persistence|taking the time|being)',
    example: 'Thank you for your patience while we looked into it.',
  },
  {
    id: 'thank-sharing',
    kind: 'impact',
    match:
      '(thank you|thanks) (so much|very much|a lot|again)? for (sharing|telling|opening|trusting|letting us know|flagging|reporting|raising|explaining)',
    example: 'Thanks so much for sharing this with me.',
  },
  {
    id: 'not-the-experience',
    kind: 'impact',
    match: '(not|never) the (experience|service|standard) (you|we)',
    example: "That's not the experience we want you to have.",
  },
  {
    id: 'held-you-up',
    kind: 'impact',
    match:
      '(has|have|had|must have) #Adverb{0,2} (held|set|put|kept|caused|cost|disrupted|affected|impacted|ruined) (you|your)',
    example: 'I know this has held you up all morning.',
  },
  {
    id: 'made-it-harder',
    kind: 'impact',
    match: `(made|makes|make|making) #Determiner? #Noun? #Noun? #Adverb? #Adverb? (harder|worse|more difficult|more stressful|${HARD.slice(1, -1)})`,
    example: 'The outage made the launch week so much harder.',
  },
  {
    id: 'let-you-down',
    kind: 'impact',
    match: '(we|i) #Adverb{0,2} (let|have let) you down',
    example: 'We let you down here.',
  },
  {
    id: 'on-top-of',
    kind: 'impact',
    match: '(on top of|with) (everything|all) (else|that)',
    example: 'And with everything else going on, too.',
  },

  // Affirmation.
  {
    id: 'did-right',
    kind: 'affirmation',
    match: `${second} #Adverb{0,2} (did|made|are doing|have done|have made|are making|took|were|are taking|have taken) (the|a|exactly the) #Adverb{0,2} (right|correct|smart|good|great|sensible|wise|brave) (thing|call|choice|decision|step|move)`,
    example: 'You did the right thing by contacting us.',
  },
  {
    id: 'right-direction',
    kind: 'affirmation',
    match: '(a|the) #Adjective? step in the right direction',
    example: 'Writing to us first was a step in the right direction.',
  },
  {
    id: 'you-are-doing',
    kind: 'affirmation',
    notAfter: ['hope', 'hoping', 'wish', 'if', 'how'],
    match: `${second} (are|have been|were) #Adverb{0,2} (doing|handling|managing|coping) #Adverb{0,2} (great|well|amazing|fine|good|so|your best|the best|everything)`,
    example: "You're doing great.",
  },
  {
    id: 'you-are-strong',
    kind: 'affirmation',
    match: `${second} (are|seem|sound|have been) #Adverb{0,2} (strong|brave|capable|resilient|smart|kind|caring|thoughtful|courageous|wise|talented|determined|devoted|hardworking|dedicated)`,
    example: 'You are strong and capable.',
  },
  {
    id: 'good-idea',
    kind: 'affirmation',
    match:
      '(that|it|this) (is|was|sounds like|would be|seems like) #Adverb{0,2} (a|an)? #Adverb{0,2} (great|good|wonderful|excellent|fantastic|smart|brilliant|positive|healthy|important|helpful|brave|wise|sensible|solid|thoughtful) (#Adjective|#Ordinal)? (idea|plan|step|start|thing|approach|decision|question|catch|point|choice|way)',
    example: "That's a great idea.",
  },
  {
    id: 'good-for-you',
    kind: 'affirmation',
    match:
      '(good for you|well done|great job|proud of you|nice work|good job|great question|good question|great catch|good catch)',
    example: 'Great catch on the invoice date.',
  },
  {
    id: 'is-great',
    kind: 'affirmation',
    pauseAfter: true,
    match:
      '(is|are|sounds|was|sound) #Adverb{0,2} (great|fantastic|wonderful|awesome|lovely|amazing|excellent|admirable|impressive|brilliant|commendable)',
    example: 'Walking every day is great!',
  },
  {
    id: 'exactly',
    kind: 'affirmation',
    match:
      '^(exactly|absolutely|excellent|wonderful|fantastic|awesome|perfect|brilliant|amazing|well said|there you go|good thinking|love that|good point)',
    example: 'Exactly!',
  },
  {
    id: 'i-admire',
    kind: 'affirmation',
    match:
      '(i|we) #Adverb{0,2} (admire|commend|respect|applaud|salute|am impressed by|am proud of) (you|u|your|how you|what you)',
    example: 'I really admire your persistence.',
  },
  {
    id: 'lucky-to-have',
    kind: 'affirmation',
    match: '(lucky|fortunate|blessed) to have (you|someone like you|such a)',
    example: 'Your team is lucky to have you.',
  },
  {
    id: 'be-kind-to-yourself',
    kind: 'affirmation',
    match:
      '(do not|never|try not to) #Adverb? (beat yourself up|blame yourself|be hard on yourself|be so hard on yourself|be afraid|be ashamed|feel bad|feel guilty|be embarrassed)',
    example: "Please don't blame yourself for this.",
  },
  {
    id: 'you-did-nothing-wrong',
    kind: 'affirmation',
    match: `${second} (did|have done|have) nothing (wrong|to worry about|to apologise for|to apologize for|to be sorry for|to feel bad about|to be ashamed of)`,
    example: 'You did nothing wrong here.',
  },
  {
    id: 'you-will-find',
    kind: 'affirmation',
    match: `${second} (will|can|are going to) #Adverb{0,2} find (someone|somebody|better|a way|happiness|love|your way|something better)`,
    example: 'You will find a way through this.',
  },
  {
    id: 'shows-strength',
    kind: 'affirmation',
    match:
      '(shows|showed|takes|took|demonstrates|demonstrated) #Adverb{0,2} (great|real|a lot of|so much)? (strength|courage|maturity|character|commitment|care)',
    example: 'Asking for help shows real strength.',
  },
  {
    id: 'great-that',
    kind: 'affirmation',
    match:
      '(it is|that is|it was) #Adverb{0,2} (great|good|wonderful|admirable|amazing|awesome|nice|brave|commendable|impressive|smart|wise) (that|you|to hear|to see|to know|to read|to learn)',
    example: "It's great that you kept the receipt.",
  },
  {
    id: 'you-can-do',
    kind: 'affirmation',
    match: `${second} (can|will|could) #Adverb{0,2} (do|get through|handle|overcome|manage|beat|make) (it|this|that|anything)`,
    example: 'I know you can do this.',
  },
  {
    id: 'you-will-do-great',
    kind: 'affirmation',
    match: `${second} (will|are going to) #Adverb{0,2} (do|be|get|come out|feel) #Adverb{0,2} (great|fine|okay|ok|well|alright|good|better|stronger)`,
    example: 'You will do great.',
  },
  {
    id: 'i-believe-in-you',
    kind: 'affirmation',
    match: '(i|we) #Adverb{0,2} (believe in|trust) you',
    example: 'I believe in you.',
  },
  {
    id: 'you-deserve',
    kind: 'affirmation',
    match: `${second} #Adverb{0,2} (deserve|deserved|are worth)`,
    example: 'You deserve better than this.',
  },
  {
    id: 'not-your-fault',
    kind: 'affirmation',
    match: '(not|never) (your|you) (fault|mistake|doing|problem|responsibility)',
    example: 'This is not your fault at all.',
  },
  {
    id: 'be-proud',
    kind: 'affirmation',
    match: '(be|feel|are) #Adverb{0,2} proud of (yourself|you|what you|how you|your)',
    example: 'You should be proud of how you handled that.',
  },
  {
    id: 'glad-you',
    kind: 'affirmation',
    match:
      '(glad|happy|pleased|relieved) (that)? (you|your #Noun) #Adverb? (are|were|have|had|did|found|made|got|reached|took|feel|felt|decided|managed|caught|kept|asked|wrote|spoke|talked|noticed|let|tried)',
    example: "I'm glad you caught it before the invoice went out.",
  },
  {
    id: 'you-have-got-this',
    kind: 'affirmation',
    match: `${second} (have got|got|have) this`,
    pauseAfter: true,
    example: "You've got this!",
  },
  {
    id: 'you-are-not-helpless',
    kind: 'affirmation',
    match: `${second} (are|were) not (helpless|hopeless|stupid|silly|crazy|weak|a burden|overreacting|being unreasonable|asking too much)`,
    example: "You're not being unreasonable at all.",
  },

  // Confidence about the outcome.
  {
    id: 'we-will-sort',
    kind: 'confidence',
    match:
      '(we|i|our team|the team) (will|are going to|can|are|am) #Adverb{0,2} (get|have|make|see|sort|fix|resolve|put) (this|it|that|things|you|everything)? #Adverb{0,2} (sorted|fixed|resolved|right|working|back|through|done|out)',
    example: "We'll get this sorted today.",
  },
  {
    id: 'make-sure',
    kind: 'confidence',
    match:
      '(i|we) (will|am going to|are going to|shall|want to) #Adverb{0,2} (make sure|ensure|personally|take care|look after|stay on|follow)',
    example: "I'll make sure it ships today.",
  },
  {
    id: 'dont-worry',
    kind: 'confidence',
    match: '(do not|no need to|there is no need to|try not to) #Adverb{0,2} (worry|panic|stress)',
    example: "Don't worry, your data is safe.",
  },
  {
    id: 'rest-assured',
    kind: 'confidence',
    match:
      '(rest assured|you are in good hands|nothing is lost|is safe|are safe|is secure|is not lost|are not lost|is protected)',
    example: 'Rest assured, nothing is lost.',
  },
  {
    id: 'i-am-sure',
    kind: 'confidence',
    match:
      '(i|we)? (am|are|feel) #Adverb{0,2} (sure|confident|certain|positive|hopeful|optimistic) that? (you|we|this|that|things|everything|your)',
    example: "I'm confident we can fix it.",
  },
  {
    id: 'will-be-fine',
    kind: 'confidence',
    match:
      '(will|is going to|are going to|should|can) #Adverb{0,2} (be|get|turn out|work out|feel) #Adverb{0,2} (fine|ok|okay|alright|all right|better|easier|well|resolved|sorted|fixed|back)',
    example: 'Everything will be fine.',
  },
  {
    id: 'will-pass',
    kind: 'confidence',
    match: '(will|is going to|are going to|should|shall) #Adverb{0,2} pass',
    pauseAfter: true,
    example: 'I know it feels endless, but this will pass.',
  },
  {
    id: 'will-improve',
    kind: 'confidence',
    match:
      '(will|is going to|are going to|should|can|shall) #Adverb{0,2} (improve|ease up|settle down|calm down|work out|turn around|look up|clear up|get easier|get better)',
    example: 'Things will settle down once the migration finishes.',
  },
  {
    id: 'i-believe-you-will',
    kind: 'confidence',
    match:
      '(i|we) #Adverb? (believe|know|trust|bet) (that)? (you|things|everything|it|this|we) #Adverb? (will|can|are going to|is going to)',
    example: 'I believe we will have it working again before your meeting.',
  },
  {
    id: 'sure-it-will',
    kind: 'confidence',
    match:
      '(sure|confident|certain|positive|hopeful|optimistic) (that)? (with time|in time|soon|eventually|before long)? (you|we|it|things|everything|they|he|she|this) (will|can|are going to|is going to)',
    example: "I'm confident that in time we will get the sync back to normal.",
  },
  {
    id: 'get-you-through',
    kind: 'confidence',
    match: '(will|can|is going to) #Adverb{0,2} (get|see|carry|pull|help) you through',
    example: 'Your savings will get you through this.',
  },
  {
    id: 'will-be-back',
    kind: 'confidence',
    match: '(will|is going to|are going to|should) (be|come|get) back',
    example: 'The dashboard will be back by 14:30 UTC.',
  },
  {
    id: 'i-own-it',
    kind: 'confidence',
    match:
      '(i|we) (have personally|have|will personally|will|am going to|are going to)? #Adverb? (take|taken|took|own|owned|pick up|picked up) (this|it|your case|your ticket|your issue|your request|ownership) (over|on|personally|myself)?',
    example: "I've taken your case over personally.",
  },
  {
    id: 'stay-with-you',
    kind: 'confidence',
    match:
      '(i|we) (will|am going to|are going to) #Adverb? (stay|remain|be) (online|on the line|with you|available|around|here) ',
    example: "I'll stay online for the next hour in case it fails again.",
  },
  {
    id: 'here-for-you',
    kind: 'confidence',
    notAfter: ['what', 'why'],
    match:
      '(i|we) (am|are) #Adverb{0,2} (here for you|here to help|here to listen|here to support|here if|on it|on your side|taking care)',
    example: "We're on it.",
  },
  {
    id: 'good-news',
    kind: 'confidence',
    match: '(the good news|good news|happy to say|happy to report|pleased to say|glad to say|the great news)',
    example: 'The good news is your files are backed up.',
  },
  {
    id: 'it-will-fix',
    kind: 'confidence',
    match: '(this|that|it|the update|the fix|the patch) (will|should) #Adverb{0,2} (fix|solve|resolve|sort|clear|stop)',
    example: 'This should fix it.',
  },

  // Restatement signals.
  {
    id: 'so-you',
    kind: 'restate',
    match: '^(so|ok so|okay so|oh so|and so) #Adverb? (you|your|u)',
    example: "So you're being charged twice for one plan.",
  },
  {
    id: 'so-the',
    kind: 'restate',
    match: '^(so|ok so|okay so|oh so) #Adverb? (it|the|this|that|what|basically|#Noun|#Possessive)',
    example: 'So the invoice lists the old address.',
  },
  {
    id: 'you-are-saying',
    kind: 'restate',
    match: `${second} (are|were|have been) #Adverb{0,2} (saying|telling|describing|explaining|mentioning|suggesting)`,
    example: "You're saying the login link expires instantly.",
  },
  {
    id: 'you-said',
    kind: 'restate',
    match: `${second} #Adverb{0,2} (said|mentioned|told me|told us|wrote|noted|described|explained|indicated|stated)`,
    example: 'You mentioned the invoice shows the wrong address.',
  },
  {
    id: 'if-i-understand',
    kind: 'restate',
    match:
      '(if i understand|if i am understanding|if i have understood|if i got|to make sure i understand|to be sure i understand|as i understand it|as i understand|from what i understand|what i am hearing|what i hear|in other words|correct me if|it sounds like you|sounds like you|it sounds to me like|sounds to me like|it seems like you|it seems that you|it sounds that you|it sounds as if you|seems like you|just to confirm|to confirm|to clarify|to recap|to sum up|let me make sure|let me see if)',
    example: 'If I understand correctly, the app closes on launch.',
  },
  // compromise match syntax has no nested groups: the alternatives that need one are their own cue.
  {
    id: 'from-what-you-said',
    kind: 'restate',
    match: 'from what (you have|you) (said|wrote|written|describe|described|told me|shared|mentioned)',
    example: 'From what you said, the app closes on launch.',
  },
  {
    id: 'is-that-right',
    kind: 'restate',
    match: '(is that|is this|am i|do i have that|did i get that|have i got that) #Adverb? (right|correct|accurate)',
    example: 'The file is stuck at 90%, is that right?',
  },

  // Next steps.
  {
    id: 'i-will',
    kind: 'action',
    match:
      '(i|we|our team|the team|our engineers|our developers|our billing team|support|someone|a specialist|an engineer|my colleague|he|she|they) (will|are going to|am going to|is going to|shall|have|has|am|are) #Adverb{0,2} (#Infinitive|#PresentTense|#PastTense|#Gerund)',
    example: "I'll refund the duplicate charge now.",
  },
  {
    id: 'you-will-receive',
    kind: 'action',
    match: `${second} (will|should|are going to|can expect to) #Adverb{0,2} (receive|get|see|hear|notice|find|be able)`,
    example: "You'll receive a confirmation email shortly.",
  },
  {
    id: 'next-step',
    kind: 'action',
    match:
      '(next step|next steps|next,|from here|here is what happens|what happens next|the plan is|once|as soon as|in the meantime|meanwhile)',
    example: 'As soon as it ships, the tracking link goes out.',
  },
  {
    id: 'instruction',
    kind: 'action',
    match:
      '^(reset|open|click|go|try|pin|clear|restart|update|log|sign|select|choose|enter|download|install|check|tap|visit|use|follow|reply|add|remove|delete|enable|disable|set|change|navigate|refresh|reload|upgrade|contact|call|scroll|copy|paste|save|run|close|uninstall|reinstall|type|turn|switch|head|forward|attach|confirm|make sure)',
    example: 'Reset your password from the login page.',
  },
  {
    id: 'please-do',
    kind: 'action',
    match: '^please #Adverb? (#Infinitive|try|send|reply|restart|clear|update|check|click|open|log|sign|go|visit)',
    example: 'Please restart the app after the update.',
  },
  {
    id: 'by-date',
    kind: 'when',
    match:
      '(by|before|on|until|within|in|over|during|after) (the)? (next|this|the end of)? #Adverb? (#Date|#Value #Duration|#Duration|#Time|end of day|eod|close of business|the hour|the week)',
    example: 'It will arrive within 3 days.',
  },
  {
    id: 'time-word',
    kind: 'when',
    match:
      '(today|tomorrow|tonight|this morning|this afternoon|this evening|this week|next week|shortly|right away|immediately|straight away|now|soon|asap|later today|within the hour|in a moment|in a few minutes|the moment|as soon as)',
    example: 'I am sending it today.',
  },
  { id: 'date', kind: 'when', match: '(#Date|#Time)', example: 'It ships on Monday.' },

  // Greetings and closings.
  {
    id: 'hello',
    kind: 'greeting',
    match:
      '^(hi|hello|hey|dear|good morning|good afternoon|good evening|greetings|hiya|howdy|morning|afternoon|evening|welcome)',
    example: 'Hi Maria,',
  },
  {
    id: 'thanks-for-reaching-out',
    kind: 'greeting',
    match:
      '^(thank you|thanks|many thanks) #Adverb{0,2} for (reaching out|contacting|getting in touch|writing|your message|your email|your patience|letting us know|the message|the details)',
    example: 'Thanks for reaching out about this.',
  },
  {
    id: 'let-me-know',
    kind: 'invite',
    match:
      '(let me know|let us know|keep me posted|tell me|write back|reply to this|get back to me|give me a shout|drop me a line|send me a message)',
    example: 'Let me know if anything else comes up.',
  },
  {
    id: 'feel-free',
    kind: 'invite',
    match:
      '(feel free|do not hesitate|please reach out|reach out|contact me|contact us|i am here if|we are here if|here if you need|happy to help|glad to help|happy to answer)',
    example: "Don't hesitate to reach out if it happens again.",
  },
  {
    id: 'reply-here',
    kind: 'invite',
    match:
      '(just|simply|please)? (reply|respond|write|answer) (here|to this email|to this message|to this|back|to me|to us)',
    example: "If it fails again, just reply here and I'll pick it up.",
  },
  {
    id: 'any-questions',
    kind: 'invite',
    match: 'any (other|more|further)? (questions|question|concerns|issues|problems|trouble)',
    example: 'If you have any other questions, just reply.',
  },
  {
    id: 'hope-that-helps',
    kind: 'invite',
    match:
      '(hope this helps|hope that helps|does that help|does this help|does that make sense|would that work|will that work|how does that sound)',
    example: 'Does that help?',
  },
  {
    id: 'sign-off',
    kind: 'sign-off',
    match:
      '^(best regards|best|regards|kind regards|warm regards|warmly|cheers|thanks|thank you|many thanks|sincerely|take care|all the best|talk soon|speak soon)',
    example: 'Kind regards,',
  },
  {
    id: 'have-a-good-day',
    kind: 'sign-off',
    match: '^have a (great|good|nice|lovely|wonderful) #Noun',
    example: 'Have a great weekend!',
  },
];
