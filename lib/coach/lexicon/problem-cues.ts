/**
 * What went wrong, read from what happened — a verb, its object and its negation — for the problem's kind and
 * topic. lexicon/situations.ts holds the situations that also weigh on the customer's distress (a hack, a lost
 * photo library); these cues only widen what the engine can say the problem *is*: "I keep getting this
 * notification" is something broken, "I didn't get the car" something that never arrived, "is there a way to …"
 * a how-to. They never change how upset the customer reads. Each cue has an example it must match and a near miss
 * it must not; tests/coach/customer/problem-cues.test.ts runs them through the engine's own net.
 */
import { WORKING, type SituationCue } from './situations';

const NOT =
  '(not|never|no longer|can not|will not|does not|do not|did not|is not|are not|was not|have not|has not|unable to)';
/** "haven't been able to", "won't be able to": the same inability said in the perfect or the future. */
const ABLE = '(been|be)? (able to)?';
/** The subject a question puts after its negation: "why can't |I| stream", "why won't |it| load". */
const INVERTED_SUBJECT = '(i|we|it|they|you|he|she|my #Noun|the #Noun|#Possessive #Noun)';
/** Negations of what happened (not of what they can do: "I can't get it to load" is broken, not undelivered). */
const NEVER_HAPPENED = '(did not|do not|does not|have not|has not|had not|never|still not)';
const ACCOUNT_THING = '(account|accounts|email|e-mail|gmail|inbox|profile|channel|id|login|password|username)';
/** Things a device, an app or a service does: when one of these fails, something is broken. */
const FUNCTION_VERB =
  '(save|saves|saving|pair|pairs|pairing|recognize|recognise|recognizes|detect|detects|appear|appears|display|displays|stream|streams|launch|launches|print|prints|send|sends|sending|export|exports|import|imports|convert|converts|transfer|transfers|activate|activates|join|joins|unenroll|enroll|redownload|watch|use|access|stay|charge|charges|read|reads|record|records|verify|go through|come through)';

/** What a customer asks help to do, as the verb and its -ing form: "help me |transfer|", "help |transferring|". */
const HELP_ACTIONS: ReadonlyArray<readonly [verb: string, doing: string]> = [
  ['transfer', 'transferring'],
  ['move', 'moving'],
  ['change', 'changing'],
  // "setting up" before "setting": compromise takes the first alternative of a group that matches.
  ['setup', 'setting up'],
  ['set', 'setting'],
  ['get', 'getting'],
  ['find', 'finding'],
  ['recover', 'recovering'],
  ['restore', 'restoring'],
  ['reset', 'resetting'],
  ['delete', 'deleting'],
  ['remove', 'removing'],
  ['cancel', 'cancelling|canceling'],
  ['add', 'adding'],
  ['link', 'linking'],
  ['unlink', 'unlinking'],
  ['download', 'downloading'],
  ['install', 'installing'],
  ['update', 'updating'],
  ['upgrade', 'upgrading'],
  ['export', 'exporting'],
  ['import', 'importing'],
  ['report', 'reporting'],
  ['contact', 'contacting'],
  ['switch', 'switching'],
];

export const PROBLEM_CUES: readonly SituationCue[] = [
  // Account access: two-factor codes, resets and recovery, a password changed behind their back.
  {
    id: 'two-factor',
    situation: 'locked-out',
    match:
      '(2fa|two factor|2 step|two step|authenticator|verification code|security code|security questions|recovery email|recovery phone)',
    example: 'I cannot get past the 2FA on my new phone.',
    nearMiss: 'I updated my phone number.',
  },
  {
    id: 'two-step-words',
    situation: 'locked-out',
    match: '(two|2) (factor|step) (verification|authentication|code)?',
    example: 'My 2 step code never comes.',
    nearMiss: 'It takes two steps to set up.',
  },
  {
    id: 'password-reset',
    situation: 'locked-out',
    match:
      '(password reset|reset my password|reset the password|reset password|recover my password|change my password back)',
    example: 'The password reset link does not work.',
    nearMiss: 'I reset the router.',
  },
  {
    id: 'changed-behind',
    situation: 'hacked',
    match: '#Possessive? #Noun? (password|email|name|username) #Adverb? (got|was|has been|been|is) #Adverb? changed',
    example: 'My account password got changed last night.',
    nearMiss: 'I changed my password.',
  },
  {
    id: 'cant-access-account',
    situation: 'locked-out',
    match: `${NOT} #Adverb? ${ABLE} (access|use|open|get to|get on|get in|get into) #Determiner? #Possessive? #Adjective? #Noun? ${ACCOUNT_THING}`,
    example: "I can't access my email.",
    nearMiss: 'I can access my email.',
  },
  {
    id: 'device-not-recognised',
    situation: 'locked-out',
    match: '(device|computer|phone|laptop) not (recognized|recognised)',
    example: 'It says device not recognized.',
    nearMiss: 'It recognized my face.',
  },
  {
    id: 'does-not-recognise',
    situation: 'locked-out',
    match: 'not #Adverb? (recognize|recognise|recognizing) my (device|computer|phone|laptop)',
    example: "It doesn't recognize my device any more.",
    nearMiss: 'It recognizes my device.',
  },
  {
    id: 'verify-its-me',
    situation: 'locked-out',
    match: 'verify that? it is me',
    example: "It keeps asking me to verify that it's me.",
    nearMiss: 'It is me again.',
  },
  {
    id: 'cant-remember',
    situation: 'locked-out',
    match:
      '(not|can not|forgot|forgotten) #Adverb? remember? #Possessive? #Adjective{0,2} #Noun? (password|passwords|email|login|username|details|security questions|recovery)',
    example: "I can't remember my old twitter password.",
    nearMiss: "I can't remember the film.",
  },
  // Never arrived: paid for, won or promised, and not received.
  {
    id: 'not-received',
    situation: 'not-arrived',
    match: `${NEVER_HAPPENED} #Adverb? (receive|received|receiving|get|got|getting|gotten) (the|my|any|anything|it|them|that|this|a|an|these|those|#Value)`,
    example: 'I bought the bundle and did not get the money.',
    nearMiss: "I can't get any programs to load.",
  },
  {
    id: 'not-appeared',
    situation: 'not-arrived',
    match: `${NEVER_HAPPENED} #Adverb? (appeared|appear|shown up|show up|showed up|come through|gone through|been credited|credited|been added|been delivered|delivered)`,
    example: 'The theme has not appeared in my library.',
    nearMiss: 'The theme appeared right away.',
  },
  {
    id: 'when-do-i-receive',
    situation: 'not-arrived',
    match: 'when (do|will|can|should|would) (i|we) (receive|get) (my|our|the)',
    example: 'I bought a shark card last night, when do I receive my bonus?',
    nearMiss: 'When do I get to play?',
  },
  {
    id: 'yet-to-receive',
    situation: 'not-arrived',
    match: '(yet to|still waiting for|still waiting on|waiting to) #Adverb? (receive|get|see)?',
    example: 'I have yet to receive the money.',
    nearMiss: 'I received the money.',
  },
  {
    id: 'promised',
    situation: 'not-arrived',
    match: '(supposed to get|supposed to receive|you promised|were promised|was promised|promised me)',
    example: 'I did the mission and I am supposed to get the bonus.',
    nearMiss: 'I am supposed to work today.',
  },
  {
    id: 'where-are-mine',
    situation: 'not-arrived',
    match: 'where (is|are) (my|our) #Adjective{0,2} #Noun',
    example: 'Where are our cleaning supplies?',
    nearMiss: 'Where is the nearest store?',
  },
  {
    id: 'still-dont-have',
    situation: 'not-arrived',
    match: 'still (do|does)? not have',
    example: "I still don't have it in my garage.",
    nearMiss: 'I still have it in my garage.',
  },
  // Something they had is gone.
  {
    id: 'now-gone',
    situation: 'missing',
    match: '(is|are|its|it is|now|all|was|were) #Adverb? gone',
    example: 'I got the car and now its gone.',
    nearMiss: 'I have gone to the store.',
  },
  {
    // A delivery stuck where it is: "tracking hasn't moved", "the parcel has been sitting at the depot".
    id: 'tracking-stuck',
    situation: 'not-arrived',
    match: 'tracking #Adverb? (has not|have not|not|never|still not) #Adverb? (moved|updated|changed)',
    example: "The package has been at the hub for 8 days and tracking hasn't moved.",
    nearMiss: 'The package left the hub and tracking moved on.',
  },
  {
    id: 'parcel-sitting',
    situation: 'not-arrived',
    match:
      '(package|parcel|order|delivery|shipment) #Adverb? (has been|is|was|been) #Adverb? (sitting|stuck|held) (at|in)',
    example: 'My package has been sitting at the Louisville hub for 8 days.',
    nearMiss: 'My package has been delivered to the hub.',
  },
  {
    // Progress wiped: "my 400 day streak reset to 0", "my level went back to zero".
    id: 'reset-to-zero',
    situation: 'missing',
    match: '(reset|went back|dropped|gone back|go back|back) to (0|zero|nothing|level 1)',
    example: 'My 400 day streak reset to 0 even though I did my lesson.',
    nearMiss: 'I reset it to the factory settings.',
  },
  {
    id: 'where-did-it-go',
    situation: 'missing',
    match: 'where (did|has|have) #Possessive? #Adjective{0,2} #Noun{1,2} (go|gone)',
    example: 'Where did my camp go?',
    nearMiss: 'Where did you buy it?',
  },
  {
    // What they bought, shown as not theirs: "it says I don't own it".
    id: 'says-not-owned',
    situation: 'missing',
    match:
      '(says|said|saying|shows|showing|tells me|telling me|states) (that)? (i|we) (do not|did not|no longer|never) (own|have|purchased|bought|paid)',
    example: "I bought Minecraft on the Microsoft Store but it says I don't own it.",
    nearMiss: 'It says I own it.',
  },
  {
    id: 'own-none',
    situation: 'missing',
    match: '(own|owned) (none|nothing)',
    example: 'My profile says I own none of them.',
    nearMiss: 'I own all of them.',
  },
  // Broken: issues, things that keep happening, functions that fail.
  {
    id: 'having-issues',
    situation: 'not-working',
    match:
      '(having|have|had|got|facing|experiencing|run into|running into) #Adverb? (an|some|a|many|major|serious|the same|constant|this)? #Adjective? (issue|issues|problem|problems|trouble|difficulties|difficulty)',
    example: 'I am having issues connecting to the servers.',
    nearMiss: 'No issues so far, thanks.',
  },
  {
    // A service out, in the words customers use for it: "the 5G outage", "no internet since 6am".
    id: 'outage',
    situation: 'not-working',
    match:
      '(outage|outages|service interruption|no service|no signal|no internet|no wifi|no connection|no power|no dial tone)',
    example: 'When will the 5G outage in Denver be fixed?',
    nearMiss: 'The service in Denver is great.',
  },
  {
    id: 'cannot-hear',
    situation: 'not-working',
    match:
      '(can not|could not|unable to|not able to) #Adverb? (hear|see) (me|us|anything|the sound|audio|sound|each other|them|him|her|my|the video|the screen|the picture)',
    example: "My students can't hear me when I share a video.",
    nearMiss: 'My students can hear me fine.',
  },
  {
    id: 'no-sound',
    situation: 'not-working',
    match:
      'no (sound|audio|picture|volume|image|signal|internet|wifi|wi fi|connection|power|dial tone|sim|reception|service)',
    example: 'There is no sound on any channel.',
    nearMiss: 'The sound is back now.',
  },
  {
    id: 'went-offline',
    situation: 'not-working',
    match:
      '(#Singular|#Plural|#ProperNoun) #Adverb? (keeps going|keep going|went|goes|going|gone|go) #Adverb? (offline|dark|dead|blank)',
    example: 'The doorbell went offline again.',
    nearMiss: 'I went offline for the weekend on purpose.',
  },
  {
    id: 'connection-drops',
    situation: 'not-working',
    match:
      '(internet|connection|wifi|wi fi|signal|service|network|call|calls|stream|streams) #Adverb? (keeps dropping|keeps cutting out|cuts out|cutting out|cut out|drops|dropping|dropped)',
    example: 'The internet drops every night at 9pm.',
    nearMiss: 'The price drops every night at 9pm.',
  },
  {
    // What a thing does, in the past, that it never did: "never connected", "never loaded", "no longer synced".
    id: 'never-did-its-job',
    situation: 'not-working',
    match:
      '(never|no longer|stopped) #Adverb? (worked|loaded|connected|synced|opened|updated|downloaded|installed|uploaded|turned on)',
    example: 'The in-flight wifi never connected the whole flight.',
    nearMiss: 'The in-flight wifi connected straight away.',
  },
  {
    id: 'lands-in-spam',
    situation: 'not-working',
    match: '(ending up|ends up|end up|going|goes|go|went|sent|landing|lands) (to|in|into) (spam|junk)',
    example: 'Emails from my clients keep going to spam.',
    nearMiss: 'I marked the email as spam myself.',
  },
  {
    // Refused again and again by the system, not by a person: "my card keeps getting declined".
    id: 'keeps-refused',
    situation: 'not-working',
    match: '(keeps|keep|kept) (getting|being)? (declined|rejected|disconnected|kicked)',
    example: 'My card keeps getting declined at the pump.',
    nearMiss: 'My card got approved at the pump.',
  },
  {
    // A payment refused is something not working, whatever the balance: "my debit card got declined".
    id: 'payment-declined',
    situation: 'not-working',
    match:
      '(card|payment|transaction|purchase) #Adverb? (got|was|is|keeps|keep|getting|being|been|were|gets|get)? #Adverb? (declined|rejected|denied|failing)',
    example: 'My debit card got declined at the grocery store.',
    nearMiss: 'My card was accepted at the store.',
  },
  {
    // A fee charged to them is a charge they question: "charged an overdraft fee when the deposit was pending".
    id: 'fee-charged',
    situation: 'charged-wrongly',
    match:
      '(charged|billed|hit with|charging) (me|us)? (a|an|another|#Value)? #Adjective? (late|overdraft|cancellation|service|hidden|extra|penalty|#Money)? (fee|fees|penalty|penalties)',
    example: 'I was charged an overdraft fee when the deposit was pending.',
    nearMiss: 'I was charged the right amount.',
  },
  {
    // A bill higher than they expected is a charge to explain: "my bill is $38 higher this month", "the bill is more
    // big". Asked about, it is a billing question; whether it upsets them shows in their own words, so no distress here.
    id: 'bill-higher',
    situation: 'charged-wrongly',
    match:
      '(bill|bills|invoice|payment|statement|charge|price) (is|was|has been|came in|came|seems) #Money? #Adverb? (higher|more|bigger|double)',
    example: 'My bill is $38 higher this month.',
    nearMiss: 'My bill is lower this month.',
  },
  {
    // Delivered broken: "the item arrived damaged", "it came cracked".
    id: 'arrived-damaged',
    situation: 'not-working',
    match:
      '(arrived|came|was delivered|showed up|turned up) #Adverb? (damaged|broken|cracked|smashed|dented|defective|faulty|crushed|wet|torn)',
    example: 'The item arrived damaged and the glass is cracked.',
    nearMiss: 'The item arrived safely.',
  },
  {
    // A fault nobody has put right: "nobody has fixed my internet", "it's still not resolved".
    id: 'not-fixed',
    situation: 'not-working',
    match:
      '(never|nobody has|no one has|still not|still has not|still have not|has not been|have not been|still is not|is still not|yet to be) #Adverb? (been)? (fixed|resolved|repaired|sorted)',
    example: "I've called four times and nobody has fixed my internet.",
    // A condition is a threat, not a report: "if this isn't fixed I will cancel".
    nearMiss: "If this isn't fixed I will cancel.",
  },
  {
    id: 'keeps-doing',
    situation: 'not-working',
    match: '(keeps|keep|kept|constantly|continuously|randomly) #Adverb? #Gerund',
    example: 'I keep getting this notification.',
    nearMiss: 'I keep my phone charged.',
  },
  {
    id: 'function-fails',
    situation: 'not-working',
    match: `${NOT} #Adverb? ${ABLE} ${FUNCTION_VERB}`,
    example: "My crosshair settings don't save.",
    nearMiss: 'My crosshair settings save fine.',
  },
  {
    id: 'asks-why-it-fails',
    situation: 'not-working',
    // One group of both verb lists: each is "(a|b|…)", so their insides joined are the union.
    match: `${NOT} ${INVERTED_SUBJECT} #Adverb? ${ABLE} (${FUNCTION_VERB.slice(1, -1)}|${WORKING.slice(1, -1)})`,
    example: "Why can't I stream anything?",
    nearMiss: 'Why can I stream only on my phone?',
  },
  {
    id: 'asks-why-things-are-not',
    situation: 'not-working',
    // "why aren't apps updating": a bare plural subject, with a verb only machines do (people work, play and respond).
    match:
      '(are not|were not) #Plural #Adverb? (loading|updating|syncing|downloading|uploading|installing|opening|sending|saving)',
    example: "Why aren't apps updating?",
    nearMiss: "Why don't people use the app?",
  },
  {
    id: 'disconnects',
    situation: 'not-working',
    match:
      '(disconnect|disconnects|disconnected|disconnecting|disconnection|disconnections|dropping out|cuts out|cutting out|kicks me|kicked me|kicking me|signing me out|logging me out|logs me out)',
    example: 'My AirPod disconnects randomly.',
    nearMiss: 'I connected my AirPods.',
  },
  {
    id: 'whats-going-on',
    situation: 'not-working',
    match: 'what is (going on|happening|wrong) with',
    example: 'What is going on with your servers?',
    nearMiss: 'What is going on this weekend?',
  },
  {
    id: 'stopped-doing',
    situation: 'not-working',
    match: '(stop|stopped) #Gerund',
    example: 'Can you make my assistant stop activating?',
    nearMiss: 'Please stop by the store.',
  },
  {
    id: 'trouble-playing',
    situation: 'not-working',
    match: '(we are|having) trouble (playing|loading|connecting)',
    example: "It says we're having trouble playing this.",
    nearMiss: 'We play together.',
  },
  {
    id: 'infinite-loading',
    situation: 'not-working',
    match: '(infinite|endless|black|blank) (loading|screen)',
    example: 'The game gives me an infinite loading screen.',
    nearMiss: 'The game has a big map.',
  },
  // Slow: waiting, holding.
  {
    id: 'on-hold',
    situation: 'slow',
    match:
      '(on hold|hold time|waiting|waited|wait) #Adverb? (for)? (over|almost|nearly|more than|about)? (a|an|#Value)? (hour|hours|days|weeks)',
    example: 'I have been on hold for over an hour.',
    nearMiss: 'I waited for my friend.',
  },
  {
    id: 'waiting-in-place',
    situation: 'slow',
    match:
      '(out for delivery|in line|in the queue|in queue|in the spot|on the phone|in chat) (for)? (over|almost|nearly|like|about)? #Value (min|mins|minutes|hour|hours|hrs|hr)',
    example: 'The food was out for delivery for 1 hr 20 min.',
    nearMiss: 'The food was out for delivery at noon.',
  },
  {
    id: 'crawling',
    situation: 'slow',
    match: '(unbearably slow|crawling|sluggish|snail)',
    example: 'My internet has been crawling all day.',
    nearMiss: 'My internet has been great all day.',
  },
  {
    id: 'bad-policy',
    situation: 'decision',
    match:
      '(silly|stupid|ridiculous|unfair|absurd|dumb|terrible|awful|crazy|insane|horrible) (policy|policies|rule|rules|decision)',
    example: 'Why no transfers to family? Silly policy.',
    nearMiss: 'The policy page is easy to find.',
  },
  {
    id: 'takes-days',
    situation: 'slow',
    match: '(takes|taking|took) (days|weeks|hours|ages)',
    example: 'Your support takes days to respond.',
    nearMiss: 'Your support takes care of it.',
  },
  {
    // A flight, a delivery, a fix put off: "delayed 4 times", "restoration keeps getting pushed back"; never their own
    // late answer ("sorry for the delayed reply").
    id: 'delayed',
    situation: 'slow',
    match: '(delayed|postponed|pushed back|rescheduled|keeps getting moved) !(reply|response|answer|email)?',
    example: 'Our flight has been delayed 4 times now.',
    nearMiss: 'Sorry for the delayed reply, here are the screenshots you asked for.',
  },
  {
    // Kept waiting somewhere for a stated time: "waited in the parking spot 55 min", "sitting at the gate for 3 hours".
    id: 'waited-for-time',
    situation: 'slow',
    match:
      '(waited|waiting|sitting|stuck|sat|stood|standing) (in|at|on|outside)? #Determiner? #Adjective? #Noun{0,2} (for)? (over|almost|nearly|like|about|more than)? #Value (min|mins|minutes|hour|hours|hrs|hr|days|weeks)',
    example: 'I waited in the parking spot 55 min and nobody came out.',
    nearMiss: 'I waited in the parking spot and they came right out.',
  },
  {
    // Something of theirs held for weeks by whoever was to fix or send it: "Geek Squad has had my laptop for 5 weeks".
    id: 'has-had-mine',
    situation: 'slow',
    match: 'has had (my|our) #Adjective? #Noun{1,2} (for)? (over|almost|nearly|more than)? #Value (days|weeks|months)',
    example: 'The repair shop has had my laptop for 5 weeks.',
    nearMiss: 'I have had my laptop for 5 years.',
  },
  {
    // A connection slower than what they pay for: "paying for 400 mbps getting 12", "speeds have been awful".
    id: 'paying-for-speed',
    situation: 'slow',
    match: '(paying|pay|paid) for #Value (mbps|mb|meg|megs|gig|gigs|gbps)',
    example: 'Paying for 400 mbps and getting 12.',
    nearMiss: 'Paying for 400 minutes of calls.',
  },
  {
    id: 'bad-speeds',
    situation: 'slow',
    match:
      '(speed|speeds) (is|are|have been|has been|were|was) #Adverb? (garbage|terrible|awful|bad|poor|horrible|dreadful|shocking|rubbish|pathetic)',
    example: 'Internet speeds have been garbage all week.',
    nearMiss: 'Internet speeds have been great all week.',
  },
  {
    // A supply or a service that is out: "power has been out for 19 hours", "the internet is down again".
    id: 'service-out',
    situation: 'not-working',
    match:
      '(power|electricity|internet|wifi|broadband|service|network|signal|water|gas|cable|phone line|landline|heating) (is|has been|was|been|went|keeps going|has gone|goes) #Adverb? (out|down|off)',
    example: 'The power has been out on our street for 19 hours.',
    nearMiss: 'The power bill came out higher.',
  },
  // A decision they dispute.
  {
    id: 'why-did-you',
    situation: 'decision',
    match:
      'why (did|would|do|does|have|has|are|is) (you|they|#Noun)? (guys)? #Adverb? (remove|removed|removing|change|changed|ban|banned|delete|deleted|block|blocked|disable|disabled|suspend|suspended|take away|took away)',
    example: 'Why did you guys remove the thumbnail?',
    nearMiss: 'Why did you call?',
  },
  {
    id: 'disabled-feature',
    situation: 'decision',
    match: '(is|was|got|been|has been) (disable|disabled|turned off|taken away)',
    example: 'My community tab is disabled.',
    nearMiss: 'My community tab is enabled.',
  },
  {
    id: 'refuses',
    situation: 'decision',
    match: '(refuse|refuses|refused|refusing|rejected|denied) (to|my|the|our)?',
    example: 'The seller refuses to give me a refund.',
    nearMiss: 'The seller agreed to a refund.',
  },
  // How to do something: a question about what the customer can do.
  {
    id: 'any-way',
    situation: 'how-to',
    match: '(is there|are there) (any|a|an)? (way|ways|option|setting|anyway|method)',
    example: 'Is there any way to watch it on my PS4?',
    nearMiss: 'There is no way to win.',
  },
  {
    id: 'anyway-to',
    situation: 'how-to',
    match: '(anyway|any way) (to|i|we|for|that)',
    example: 'anyway to get some help with my account?',
    nearMiss: 'Anyway, it works now.',
  },
  {
    id: 'any-advice',
    situation: 'how-to',
    match: 'any (advice|tips|suggestions|ideas|help)',
    example: 'Any advice?',
    nearMiss: 'I gave advice.',
  },
  {
    id: 'what-should-i-do',
    situation: 'how-to',
    match: 'what (should|can|do|could) (i|we) (do|try)',
    example: 'What should I do now?',
    nearMiss: 'What I do is my business.',
  },
  {
    id: 'do-i-have-to',
    situation: 'how-to',
    match: 'do (i|we) (have|need) to',
    example: 'Do we have to buy it again?',
    nearMiss: 'I have to go.',
  },
  {
    id: 'help-me-do',
    situation: 'how-to',
    match: `help me (to)? (${HELP_ACTIONS.map(([verb]) => verb).join('|')})`,
    example: 'Can you help me transfer my character to PS4?',
    nearMiss: 'Please help me.',
  },
  {
    id: 'help-doing',
    situation: 'how-to',
    match: `(need|needs|want|wanted|would like|looking for) (some)? (help|assistance) (with)? (${HELP_ACTIONS.map(([, doing]) => doing).join('|')})`,
    example: 'I need help changing my password.',
    nearMiss: 'I need help with my account.',
  },
  {
    id: 'how-does-one',
    situation: 'how-to',
    match: 'how (does|do|would|can) one',
    example: 'How does one find the colour picker?',
    nearMiss: 'How does it look?',
  },
  {
    id: 'best-way',
    situation: 'how-to',
    match: 'what is the (best|right|easiest|quickest) way',
    example: "What's the best way to store my watch?",
    nearMiss: 'That is the best way.',
  },
  {
    id: 'where-can-i',
    situation: 'how-to',
    match: '(where|how) (can|do|should|would) (i|we) (go|download|find|get|report|contact|start)',
    example: 'Where can I download an older version?',
    nearMiss: 'I can download it.',
  },
];
