/**
 * Words and phrases that show how a customer feels, with a weight (how strongly one mention shows it, 0..1).
 * Single words are looked up by compromise's normal form; phrases are compromise match patterns compiled into
 * one net. AFINN-165 (lib/coach/customer/emotions.ts) adds general negative valence on top of these lists.
 */
import type { Emotion } from '../types';

export const EMOTION_WORDS: Readonly<Record<Emotion, Readonly<Record<string, number>>>> = {
  frustrated: {
    frustrated: 0.8, frustrating: 0.7, frustration: 0.8, annoyed: 0.6, annoying: 0.5, irritated: 0.6, irritating: 0.5,
    fed: 0.2, tired: 0.3, sick: 0.3, ridiculous: 0.6, useless: 0.6, hopeless: 0.5, pointless: 0.5, nightmare: 0.6,
    joke: 0.4, waste: 0.4, wasted: 0.5, wasting: 0.5, still: 0.15, again: 0.2, yet: 0.1, constantly: 0.3, keeps: 0.25,
    impossible: 0.4, exhausted: 0.5, exasperated: 0.8, aggravating: 0.6, ugh: 0.6, argh: 0.6,
    struggling: 0.4, struggle: 0.35, hassle: 0.45, pain: 0.3, nothing: 0.1, nobody: 0.3, ignored: 0.6, ignoring: 0.5,
  },
  angry: {
    angry: 0.9, anger: 0.8, furious: 1, livid: 1, outraged: 1, outrageous: 0.8, unacceptable: 0.8, disgusted: 0.9,
    disgraceful: 0.9, disgusting: 0.9, appalling: 0.9, appalled: 0.9, infuriating: 0.9, infuriated: 0.9, mad: 0.6,
    pissed: 0.9, incompetent: 0.8, incompetence: 0.8, scam: 0.9, scammed: 0.9, fraud: 0.8, theft: 0.7, stealing: 0.8,
    stole: 0.7, rip: 0.5, ripoff: 0.8, pathetic: 0.8, terrible: 0.6, horrible: 0.6, awful: 0.6, worst: 0.7,
    shameful: 0.8, insulting: 0.8, rude: 0.6, lawyer: 0.6, lawsuit: 0.7, sue: 0.7, hate: 0.7, damn: 0.5, hell: 0.4,
    wtf: 0.9, crap: 0.6, bs: 0.6,
  },
  anxious: {
    anxious: 0.9, anxiety: 0.8, worried: 0.8, worry: 0.6, worrying: 0.6, nervous: 0.7, scared: 0.8, afraid: 0.7,
    fear: 0.6, panic: 0.9, panicking: 0.9, concerned: 0.6, concern: 0.4, stressed: 0.8, stress: 0.6, stressful: 0.7,
    unsure: 0.4, uncertain: 0.5, terrified: 1, desperate: 0.9, desperately: 0.8, lost: 0.3, losing: 0.3, risk: 0.4,
    overwhelmed: 0.8, overwhelming: 0.6, fearful: 0.8, deadline: 0.35, emergency: 0.7,
  },
  confused: {
    confused: 0.9, confusing: 0.8, confusion: 0.8, unclear: 0.6, understand: 0.25, lost: 0.3, puzzled: 0.8,
    baffled: 0.8, bewildered: 0.8, strange: 0.4, weird: 0.4, odd: 0.35, unsure: 0.5, clue: 0.4, idea: 0.15,
    makes: 0.1, sense: 0.2, mean: 0.2, meaning: 0.2, supposed: 0.35, why: 0.2, how: 0.1, explain: 0.3, mystery: 0.5,
  },
  disappointed: {
    disappointed: 0.9, disappointing: 0.8, disappointment: 0.9, letdown: 0.8, expected: 0.35, expecting: 0.3,
    promised: 0.5, unhappy: 0.7, dissatisfied: 0.8, sad: 0.6, shame: 0.5, regret: 0.6, poor: 0.4, mediocre: 0.5,
    unreliable: 0.6, lacking: 0.4, downgrade: 0.5, worse: 0.5, hoped: 0.4, hoping: 0.2, loyal: 0.4, years: 0.15,
    heartbroken: 0.9, upset: 0.7, hurt: 0.6, bummer: 0.7, gutted: 0.8,
  },
  urgent: {
    urgent: 0.9, urgently: 0.9, asap: 0.8, immediately: 0.7, immediate: 0.6, now: 0.25, today: 0.35, tonight: 0.5,
    tomorrow: 0.4, deadline: 0.6, critical: 0.7, emergency: 0.9, quickly: 0.4, soon: 0.3, hurry: 0.7, waiting: 0.3,
    hours: 0.2, days: 0.2, weeks: 0.2, outage: 0.6,
  },
  grateful: {
    thanks: 0.4, thank: 0.4, thankful: 0.8, grateful: 0.9, gratitude: 0.9, appreciate: 0.7, appreciated: 0.7,
    appreciation: 0.7, great: 0.3, awesome: 0.5, amazing: 0.6, wonderful: 0.6, fantastic: 0.6, excellent: 0.5,
    love: 0.5, loved: 0.5, lifesaver: 0.9, helpful: 0.5, kind: 0.4, perfect: 0.4, brilliant: 0.5, superb: 0.6,
    glad: 0.4, happy: 0.4, pleased: 0.4, delighted: 0.7, impressed: 0.6, cheers: 0.3,
  },
};

export interface EmotionPhrase {
  emotion: 'frustrated' | 'angry' | 'anxious' | 'confused' | 'disappointed' | 'urgent' | 'grateful';
  weight: number;
  match: string;
  example: string;
}

export const EMOTION_PHRASES: readonly EmotionPhrase[] = [
  { emotion: 'frustrated', weight: 0.8, match: '(fed up|sick of|tired of|had enough|at my wits end|losing my patience|run out of patience|beyond frustrated|going around in circles|going in circles|round in circles|getting nowhere)', example: "I'm fed up with this." },
  { emotion: 'frustrated', weight: 0.6, match: '(tried everything|tried all the ways|tried every|done everything|nothing works|nothing is working|nothing has worked)', example: "I've tried everything and nothing works." },
  { emotion: 'frustrated', weight: 0.6, match: '(to no avail|no luck|no joy|nothing helped|nothing helps|did not help|does not help|still the same|tried all the usual)', example: 'I have tried all the usual but to no avail.' },
  { emotion: 'frustrated', weight: 0.6, match: '(still|again|keeps|keep) #Adverb{0,2} (not|#Negative)? #Adverb{0,2} (working|failing|crashing|broken|happening|getting|charging|logging|showing|freezing|having)', example: 'It is still not working.' },
  { emotion: 'frustrated', weight: 0.6, match: '(put up with|putting up with) (this|that|it|these|you)', example: 'I bought the game to put up with this?' },
  { emotion: 'frustrated', weight: 0.5, match: '(i|we) #Adverb? (do not|did not) #Adverb? (like|appreciate|enjoy) (that|this|it|how|being|having|giving|getting)', example: "I really don't like giving you my phone number." },
  { emotion: 'frustrated', weight: 0.6, match: '(what is the point|what was the point|what is the use)', example: "What's the point of two codes if I'm still denied access?" },
  { emotion: 'frustrated', weight: 0.6, match: '(keeps|kept|keep) #Adverb? #Gerund', example: 'It keeps putting me back in the beta.' },
  { emotion: 'frustrated', weight: 0.6, match: '(every|each) other? (time|single time)', example: 'Why does this happen every other time I open it?' },
  { emotion: 'angry', weight: 0.8, match: '(this|that|it) #Copula #Adverb? not (ok|okay|acceptable|right|fair|good enough)', example: 'This is not ok.' },
  { emotion: 'angry', weight: 0.8, match: '#Copula not right', example: "This ain't right." },
  { emotion: 'angry', weight: 0.7, match: 'you (can|could|should|need to|have to) do better', example: 'You can do better.' },
  { emotion: 'angry', weight: 0.9, match: '(this is|that is|it is) #Adverb{0,2} (unacceptable|ridiculous|outrageous|a joke|a scam|insane|absurd|disgraceful)', example: 'This is absolutely unacceptable.' },
  { emotion: 'angry', weight: 0.7, match: '(how dare|what the hell|what the heck|are you kidding|you people|no one cares|nobody cares|you clearly do not care)', example: 'Are you kidding me?' },
  { emotion: 'anxious', weight: 0.8, match: '(i am|i am really|i am so|i am very) #Adverb{0,2} (worried|scared|afraid|nervous|anxious|concerned|panicking|stressed)', example: "I'm really worried about my data." },
  { emotion: 'anxious', weight: 0.6, match: '(what if|will i lose|did i lose|have i lost|is my data|are my files|am i going to)', example: 'Will I lose my photos?' },
  { emotion: 'anxious', weight: 0.6, match: 'is my . safe', example: 'Is my account safe?' },
  { emotion: 'anxious', weight: 0.6, match: 'without (losing|loosing|deleting|erasing|wiping) (my|the|all|any)? #Adjective? (data|photos|pictures|files|progress|contacts|messages|saves|worlds|videos)', example: 'Is there a way to unlock it without losing the data?' },
  { emotion: 'confused', weight: 0.8, match: '(i do not understand|i do not get|i cannot figure|cannot work out|makes no sense|make no sense|does not make sense|i am lost|i am confused)', example: "I don't understand what this charge is." },
  { emotion: 'confused', weight: 0.8, match: 'no idea (how|why|what|where)', example: 'I have no idea why it stopped.' },
  { emotion: 'confused', weight: 0.8, match: '(not|never) #Adverb? (understand|understood) (why|how|what|where|the|this|it)', example: 'Sorry my english, I not understand why the bill is more big.' },
  { emotion: 'confused', weight: 0.8, match: 'not sure (how|why|what|where|if|whether)', example: 'Not sure why this happens.' },
  { emotion: 'confused', weight: 0.8, match: 'what (does|do) #Determiner? #Adjective? #Noun mean', example: 'What does this error mean?' },
  { emotion: 'disappointed', weight: 0.8, match: '(let down|expected better|expected more|thought you were|used to be|really hoped|i was hoping|such a shame)', example: 'I expected better from you.' },
  { emotion: 'disappointed', weight: 0.8, match: 'not what i (expected|paid for)', example: 'This is not what I paid for.' },
  { emotion: 'urgent', weight: 0.9, match: '(as soon as possible|right away|right now|time sensitive|time-sensitive)', example: 'I need this fixed as soon as possible.' },
  { emotion: 'urgent', weight: 0.8, match: 'need (this|it|help|them) #Adverb? (today|now|urgently|fixed|tonight|immediately)', example: 'We need it today.' },
  { emotion: 'urgent', weight: 0.6, match: '(by|before) (tomorrow|tonight|today|end of day|eod|#WeekDay|#Date)', example: 'It has to be done by Friday.' },
  { emotion: 'grateful', weight: 0.8, match: '(thank you so much|thanks so much|thanks a lot|thanks a million|really appreciate|truly appreciate|much appreciated|you are the best|you guys rock|made my day|saved my day|saved me)', example: 'Thank you so much for the quick fix!' },
];
