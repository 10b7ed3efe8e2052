/**
 * The structural fallback for helpdesks without a site reader.
 *
 * 1. The composer's widget: from the editor, climb while every sibling is editor chrome (toolbars, menus, tabs,
 *    status bars, counters, "Powered by …", the agent's signature, short labels). Nothing inside it is ever read.
 * 2. The thread: from the widget, walk up to the nearest ancestor whose other branches hold message blocks — a group
 *    of similar repeated blocks with text, or a single block named like a message (a new ticket has one message).
 * 3. The customer's block, with the evidence that picked it: a customer/incoming mark; else authorship (the ticket's
 *    opener is the requester, and later blocks by the same author are theirs); else the latest block not marked as
 *    the agent's, an outgoing message or an internal note. Newest-first threads are recognised by their timestamps.
 * 4. Without any block, the single prose block beside the composer's widget, if there is exactly one.
 *
 * Every result carries a confidence: 'unsure' when nothing on the page says who wrote it.
 */
import type { CustomerMessage } from '../messaging/protocol';
import { tagSet } from '../editors/tags';
import { cleanName, frameBody, messageText, visibleText } from './rendered-text';

/** Tags that never make a message block on their own. */
const NOT_BLOCKS = tagSet(
  'A B BR BUTTON CODE EM I IMG INPUT LABEL OPTION P SCRIPT SMALL SPAN STRONG STYLE SVG TEMPLATE TIME TD TH TBODY ' +
    'THEAD HEAD LINK META NOSCRIPT H1 H2 H3 H4 H5 H6 TEXTAREA SELECT IFRAME',
);
/** Blocks of these tags are similar to each other by tag alone. */
const SEMANTIC_BLOCKS = tagSet('ARTICLE LI SECTION');

const MESSAGE_WORDS =
  /^(messages?|msg|comments?|repl(y|ies)|post|entry|event|item|bubble|thread|conversation|article|e?mail|chat|part|note|response|description|issue|inquiry|transaction|correspondence)$/;
/** Marks of the agent's own replies: where a page uses them, an unmarked message is the customer's. */
const REPLY_AGENT_WORDS = /^(agents?|outgoing|outbound|self|me|mine|own|sent|staff|operator|admin|response)$/;
/** Marks of internal notes and system events (which say nothing about who wrote the unmarked replies). */
const NOTE_WORDS = /^(notes?|internal|private|whisper|system|activity)$/;
const CUSTOMER_WORDS = /^(customer|incoming|inbound|request[eo]r|visitor|contact|client|end_?user)$/;
const BODY_WORDS = /^(body|content|text|html|richtext|markdown|prose)$/;
const NAME_WORDS = /^(author|sender|from|name|username|person|requester|customer|who)$/;
const CHROME_WORDS = /^(header|meta|footer|actions|toolbar|time(stamp)?|date|avatar|byline|status|attachments)$/;
/** Words that mark an element as an editor's or composer's own UI. */
const WIDGET_CHROME_WORDS =
  /^(toolb(ar|ox)|menu(bar)?|dropdown|pop(up|over)|tooltip|status(bar)?|footer|(word)?count(er)?|powered|placeholder|tabs?|tablist|actions|buttons?|btn|attachments?|uploads?|signature|hint|help|emoji|mention|picker|format(ting)?|resiz(e|ing|er)|mode|switch|macros|canned|shortcuts|recipients|b?cc)$/;
const CHROME_ROLES =
  /^(toolbar|menubar|menu|menuitem|status|tablist|tab|button|tooltip|presentation|none|dialog|listbox|combobox|switch|checkbox)$/;
/** Elements that are controls or invisible, never message text. */
const CONTROL_TAGS = tagSet(
  'BUTTON INPUT SELECT TEXTAREA LABEL SVG IMG HR BR SCRIPT STYLE TEMPLATE NOSCRIPT LINK META OPTION',
);
/** Landmarks that hold navigation and page chrome rather than the thread. */
const LANDMARK_TAGS = tagSet('NAV ASIDE HEADER FOOTER');

/** Upper bound on elements examined per call: the reader runs on focus and must stay cheap on huge pages. */
const SCAN_BUDGET = 4000;
/** A sibling of the composer with less visible text than this (and nothing message-like) is chrome. */
const CHROME_TEXT_MAX = 80;
/** Above this much raw text (buttons included) a sibling is content, whatever its visible text. */
const CHROME_RAW_MAX = 1500;
/** How far the widget may extend above the editor. */
const WIDGET_DEPTH_MAX = 12;

/** Lower-case word tokens of an element's class, id, role and data-* attributes: `message--isOutgoing` → message, is, outgoing. */
export function markerWords(element: Element): string[] {
  const parts: string[] = [];
  for (const attribute of element.attributes) {
    const name = attribute.name;
    if (name === 'class' || name === 'id' || name === 'role' || name.startsWith('data-')) {
      if (name.startsWith('data-')) parts.push(name.slice(5));
      if (attribute.value.length <= 200) parts.push(attribute.value);
    }
  }
  return parts
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/end[-_ ]user/g, 'enduser')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words marking the block and its descendants up to two levels down (where helpdesks put direction classes). */
function blockWords(block: Element): string[] {
  const words = markerWords(block);
  for (const child of block.children) {
    words.push(...markerWords(child));
    for (const grandchild of child.children) words.push(...markerWords(grandchild));
  }
  return words;
}

export function isAgentBlock(block: Element): boolean {
  return blockWords(block).some((word) => REPLY_AGENT_WORDS.test(word) || NOTE_WORDS.test(word));
}

export function isCustomerBlock(block: Element): boolean {
  return blockWords(block).some((word) => CUSTOMER_WORDS.test(word));
}

function hasWord(element: Element, words: RegExp): boolean {
  return markerWords(element).some((word) => words.test(word));
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style') ?? '';
  return /display\s*:\s*none/.test(style);
}

/** An element that names itself a message (and is not merely a message's body, header or author line). */
function isMessageNamed(element: Element): boolean {
  if (NOT_BLOCKS.has(element.tagName)) return false;
  if (element.tagName === 'ARTICLE' || element.getAttribute('role') === 'article') return true;
  const words = markerWords(element);
  if (!words.some((word) => MESSAGE_WORDS.test(word))) return false;
  if (words.some((word) => BODY_WORDS.test(word) || CHROME_WORDS.test(word) || WIDGET_CHROME_WORDS.test(word)))
    return false;
  // "message-author" is a byline; "from-customer" on a long block is a direction mark.
  return !words.some((word) => NAME_WORDS.test(word)) || textLengthOf(element) >= 60;
}

/** Part of an editor's or composer's own UI: a control, a toolbar/menu/status element, or a short unmarked label. */
export function isWidgetChrome(element: Element): boolean {
  if (CONTROL_TAGS.has(element.tagName) || isHidden(element)) return true;
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  if (hasWord(element, WIDGET_CHROME_WORDS)) return true;
  // Raw text bounds the visible text from above: short raw text is chrome, long raw text (a thread) never is —
  // and the thread beside a composer must not be walked in full just to learn that.
  const raw = textLengthOf(element);
  if (raw < CHROME_TEXT_MAX) return !element.querySelector('time,[datetime]') && !isMessageNamed(element);
  if (raw > CHROME_RAW_MAX || isMessageNamed(element) || element.querySelector('time,[datetime]')) return false;
  return visibleText(element).replace(/\s+/g, ' ').trim().length < CHROME_TEXT_MAX;
}

/**
 * The editor package's (and composer's) whole widget around the element the agent types in: the highest ancestor
 * whose every other branch is chrome. The thread is searched outside it, so its toolbar, menus, footer, counters
 * and the agent's signature are never read as the customer's message.
 */
export function composerWidget(composer: Element): Element {
  let widget = composer;
  for (let depth = 0; depth < WIDGET_DEPTH_MAX; depth++) {
    const parent = widget.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.tagName === 'HTML') break;
    let chromeOnly = true;
    for (const sibling of parent.children) {
      if (sibling !== widget && !isWidgetChrome(sibling)) {
        chromeOnly = false;
        break;
      }
    }
    if (!chromeOnly) break;
    widget = parent;
  }
  return widget;
}

/** Keys under which a child counts as "similar" to its siblings: its tag with each class or data-* attribute name. */
function similarityKeys(element: Element): string[] {
  if (NOT_BLOCKS.has(element.tagName)) return [];
  const keys: string[] = [];
  for (const token of element.classList) keys.push(`${element.tagName}.${token}`);
  for (const attribute of element.attributes) {
    if (attribute.name.startsWith('data-') && !attribute.name.startsWith('data-v-'))
      keys.push(`${element.tagName}[${attribute.name}]`);
  }
  // Semantic blocks are similar by tag alone, whatever their modifier classes (`<article class="staff">`).
  if (SEMANTIC_BLOCKS.has(element.tagName)) keys.push(element.tagName);
  return keys;
}

interface BlockGroup {
  blocks: Element[];
  score: number;
}

/** Text length, counting same-origin iframes (mail bodies shown sandboxed) inside the block. */
function textLengthOf(block: Element): number {
  let length = (block.textContent ?? '').trim().length;
  if (block.tagName === 'IFRAME' || block.querySelector('iframe')) {
    const frames = block.tagName === 'IFRAME' ? [block] : [...block.querySelectorAll('iframe')];
    for (const frame of frames) length += (frameBody(frame)?.textContent ?? '').trim().length;
  }
  return length;
}

function insideLandmark(element: Element, stop: Element): boolean {
  for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
    if (LANDMARK_TAGS.has(node.tagName) || node.getAttribute('role') === 'navigation') return true;
  }
  return false;
}

/** The best group of similar siblings among `parent`'s children, ignoring the child that holds the composer. */
function bestGroupAmongChildren(parent: Element, composerBranch: Element | null): BlockGroup | null {
  // Most elements (paragraphs, spans, leaves) cannot hold a group: leave before allocating anything.
  if (parent.childElementCount < 2) return null;
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    if (child === composerBranch || isHidden(child)) continue;
    for (const key of similarityKeys(child)) {
      const members = groups.get(key);
      if (members) members.push(child);
      else groups.set(key, [child]);
    }
  }
  // A child sits in one group per class; measure its text once.
  const textLengths = new Map<Element, number>();
  const textLength = (block: Element) => {
    let length = textLengths.get(block);
    if (length === undefined) textLengths.set(block, (length = textLengthOf(block)));
    return length;
  };
  let best: BlockGroup | null = null;
  for (const [key, blocks] of groups) {
    if (blocks.length < 2) continue;
    const texts = blocks.map(textLength);
    const withText = texts.filter((length) => length > 0).length;
    if (withText < 2) continue;
    const averageText = texts.reduce((sum, length) => sum + Math.min(length, 2000), 0) / blocks.length;
    if (averageText < 8) continue;
    const keyWords = key.toLowerCase().split(/[^a-z0-9]+/);
    const messageLike = keyWords.some((word) => MESSAGE_WORDS.test(word));
    // More blocks weigh more, without bound at 6, so the whole thread beats its own modifier subsets
    // (`message--note`), and sub-linearly, so a long list of short rows does not beat a short thread.
    const score = averageText * (messageLike ? 4 : 1) * Math.sqrt(Math.min(blocks.length, 400));
    if (!best || score > best.score) best = { blocks, score };
  }
  return best;
}

/** A lone block named like a message with text, holding no other such block (a new ticket's one message). */
function singleMessage(element: Element): BlockGroup | null {
  if (NOT_BLOCKS.has(element.tagName) || isHidden(element) || !isMessageNamed(element)) return null;
  const length = textLengthOf(element);
  if (length < 12) return null;
  for (const inner of element.querySelectorAll('*')) {
    if (isMessageNamed(inner) && textLengthOf(inner) >= 12) return null;
  }
  return { blocks: [element], score: Math.min(length, 2000) * 4 };
}

/** Every element of `root`'s subtree (root first), skipping `except`, up to the remaining budget. */
function subtree(root: Element, except: Element | null, budget: { left: number }): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && budget.left > 0) {
    const element = stack.pop()!;
    if (element === except) continue;
    out.push(element);
    budget.left--;
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return out;
}

/** The nearest group of message blocks around `exclude` (the composer's widget), or anywhere without one. */
export function findMessageBlocks(doc: Document, exclude: Element | null): Element[] | null {
  const budget = { left: SCAN_BUDGET };
  let previous: Element | null = exclude;
  let ancestor: Element | null = exclude ? exclude.parentElement : doc.body;
  while (ancestor && budget.left > 0) {
    let best: BlockGroup | null = null;
    // The part of this ancestor not yet examined at a lower level: everything but the branch we came up from.
    const scope: Element = ancestor;
    const parents = subtree(scope, previous, budget).filter(
      (parent) => parent === scope || !insideLandmark(parent, scope),
    );
    for (const parent of parents) {
      const group = bestGroupAmongChildren(parent, parent === scope ? previous : null);
      if (group && (!best || group.score > best.score)) best = group;
    }
    // A lone message counts only where no group of messages is: a new ticket, not one message of a long thread.
    if (!best) {
      for (const parent of parents) {
        const single = parent === scope ? null : singleMessage(parent);
        if (single && (!best || single.score > best.score)) best = single;
      }
    }
    if (best) return best.blocks;
    previous = ancestor;
    ancestor = ancestor.parentElement;
  }
  return null;
}

const INLINE_TAGS = tagSet('SPAN A SMALL TIME B STRONG EM I LABEL');

/** The message body inside a block: the longest element named like a body, else the block minus header and footer. */
function bodyOf(block: Element): { body: Element; skip?: string } {
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of block.querySelectorAll('*')) {
    if (INLINE_TAGS.has(element.tagName) || !hasWord(element, BODY_WORDS)) continue;
    if (hasWord(element, NAME_WORDS) || hasWord(element, CHROME_WORDS)) continue;
    const length = (element.textContent ?? '').trim().length;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  // A body-named wrapper (`issue-text`) around the real body (`issue-body`): take the inner one that holds the text.
  for (let descended = true; best && descended;) {
    descended = false;
    for (const inner of best.querySelectorAll('*')) {
      if (
        INLINE_TAGS.has(inner.tagName) ||
        !hasWord(inner, BODY_WORDS) ||
        hasWord(inner, NAME_WORDS) ||
        hasWord(inner, CHROME_WORDS)
      )
        continue;
      if ((inner.textContent ?? '').trim().length >= bestLength * 0.5) {
        best = inner;
        descended = true;
        break;
      }
    }
  }
  if (best) return { body: best, skip: BODY_SKIP };
  return { body: block, skip: CHROME_SKIP };
}

/** Elements whose class names contain any of `words` (a selector list). */
const classContaining = (words: string) =>
  words
    .split(' ')
    .map((word) => `[class*="${word}"]`)
    .join();
/** Inside a body element: attachment lists and action menus. */
const BODY_SKIP = classContaining('attachment actions toolbar');
/** Header, byline and footer parts of a block without a recognisable body element. */
const CHROME_SKIP = `header,footer,time,h1,h2,h3,h4,h5,h6,img,a[href^="mailto:"],${BODY_SKIP},${classContaining(
  'avatar meta author sender byline timestamp header badge from who name',
)}`;

/** The author's name inside a block: a short element named author/sender/name, `itemprop=author`, or a mailto link. */
function nameOf(block: Element): string | undefined {
  for (const element of block.querySelectorAll('*')) {
    if (
      element.getAttribute('itemprop') === 'author' ||
      element.getAttribute('rel') === 'author' ||
      hasWord(element, NAME_WORDS)
    ) {
      const text = element.textContent ?? '';
      if (text.trim() && text.length <= 120 && !hasWord(element, BODY_WORDS)) return cleanName(text);
    }
  }
  const mail = block.querySelector('a[href^="mailto:"]');
  const text = mail?.textContent ?? '';
  return text.trim() && text.length <= 120 ? cleanName(text) : undefined;
}

/** The block's time, from `<time datetime>` or a data-timestamp attribute (seconds or milliseconds). */
function timeOf(block: Element): number | null {
  const element = block.querySelector('time[datetime],[data-timestamp],[datetime]');
  const raw = element?.getAttribute('datetime') ?? element?.getAttribute('data-timestamp') ?? null;
  if (!raw) return null;
  if (/^\d{9,13}$/.test(raw)) return Number(raw) * (raw.length <= 10 ? 1000 : 1);
  const parsed = Date.parse(raw);
  return Number.isNaN(parsed) ? null : parsed;
}

/** The blocks oldest first: reversed when their timestamps run newest first. */
export function chronological(blocks: Element[]): { blocks: Element[]; newestFirst: boolean } {
  const times = blocks.map(timeOf).filter((time): time is number => time !== null);
  if (times.length < 2) return { blocks, newestFirst: false };
  let falling = 0;
  let rising = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) falling++;
    else if (times[i]! > times[i - 1]!) rising++;
  }
  const newestFirst = falling > 0 && rising === 0;
  return { blocks: newestFirst ? [...blocks].reverse() : blocks, newestFirst };
}

/** A short label for the region holding the thread: its aria-label, its heading, or its class words. */
export function regionLabel(container: Element | null): string {
  for (let node = container; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const label = node.getAttribute('aria-label');
    if (label && label.trim()) return label.trim().slice(0, 60);
    const labelledBy = node.getAttribute('aria-labelledby');
    const heading = labelledBy ? node.ownerDocument.getElementById(labelledBy)?.textContent?.trim() : undefined;
    if (heading) return heading.slice(0, 60);
  }
  const words = container ? markerWords(container).filter((word) => word.length > 2 && !/\d/.test(word)) : [];
  return words.length > 0 ? [...new Set(words)].slice(0, 3).join(' ') : 'page';
}

/** "above/below the reply box", from document order. */
function sideOfComposer(block: Element, composer: Element | null): string {
  if (!composer || composer.ownerDocument !== block.ownerDocument) return '';
  // DOCUMENT_POSITION_FOLLOWING = 4: the composer comes after the block.
  return block.compareDocumentPosition(composer) & 4 ? ', above the reply box' : ', below the reply box';
}

export function describeRegion(
  label: string,
  index: number,
  total: number,
  block: Element,
  composer: Element | null,
): string {
  const position = total === 1 ? 'the only message' : `message ${index + 1} of ${total}`;
  return `${label}, ${position}${sideOfComposer(block, composer)}`;
}

interface Candidate {
  block: Element;
  index: number;
  customer: boolean;
  agent: boolean;
  agentReply: boolean;
  readonly name: string | undefined;
}

interface Choice {
  candidate: Candidate;
  confidence: 'sure' | 'unsure';
  reason: string;
}

/**
 * Which block is the customer's, and on what evidence. Sure only when the page itself says so: a customer mark;
 * authorship by the person who opened the thread (its first message); or agent replies being marked, so that an
 * unmarked message can only be the customer's. Notes being marked says nothing about unmarked replies.
 */
export function chooseCustomer(candidates: Candidate[]): Choice | null {
  const latest = (list: Candidate[]) => list[list.length - 1];
  const marked = latest(candidates.filter((c) => c.customer));
  if (marked)
    return { candidate: marked, confidence: 'sure', reason: 'the latest message the page marks as the customer’s' };
  const open = candidates.filter((c) => !c.agent);
  if (open.length === 0) return null;
  const opener = candidates[0]!;
  if (!opener.agent && opener.name) {
    const byRequester = open.filter((c) => c.name === opener.name);
    return {
      candidate: latest(byRequester)!,
      confidence: 'sure',
      reason: `the latest message by the thread’s opener, ${opener.name}`,
    };
  }
  if (candidates.length === 1)
    return { candidate: opener, confidence: 'sure', reason: 'the only message in the thread' };
  if (candidates.some((c) => c.agentReply)) {
    return {
      candidate: latest(open)!,
      confidence: 'sure',
      reason: 'the latest message not marked as the agent’s or a note',
    };
  }
  return { candidate: latest(open)!, confidence: 'unsure', reason: 'nothing on the page says who wrote which message' };
}

/** The latest customer message found structurally, or null. */
export function readGeneric(doc: Document, composer: Element | null): CustomerMessage | null {
  const widget = composer ? composerWidget(composer) : null;
  const found = findMessageBlocks(doc, widget);
  if (!found) return proseBesideComposer(doc, widget, composer);
  const { blocks } = chronological(found);
  const candidates: Candidate[] = blocks.map((block, index) => {
    // One pass over the block's marks for all three flags; the author is looked up only when asked for.
    const words = blockWords(block);
    const agentReply = words.some((word) => REPLY_AGENT_WORDS.test(word));
    let name: string | undefined | null = null;
    return {
      block,
      index,
      customer: words.some((word) => CUSTOMER_WORDS.test(word)),
      agent: agentReply || words.some((word) => NOTE_WORDS.test(word)),
      agentReply,
      get name() {
        if (name === null) name = nameOf(block);
        return name;
      },
    };
  });
  // A block with no readable text (an attachment-only post) cannot be the message: drop it and choose again. Text
  // is read only for the chosen block, so long threads cost one body read, not one per message.
  let remaining = candidates;
  let choice: Choice | null = null;
  let text = '';
  while (!text) {
    choice = chooseCustomer(remaining);
    if (!choice) return null;
    const { body, skip } = bodyOf(choice.candidate.block);
    text = messageText(body, skip);
    const chosen = choice.candidate;
    if (!text) remaining = remaining.filter((candidate) => candidate !== chosen);
  }
  const { block, index, name } = choice!.candidate;
  const region = describeRegion(regionLabel(block.parentElement), index, blocks.length, block, composer);
  const message: CustomerMessage = {
    text,
    source: 'generic',
    confidence: choice!.confidence,
    reason: choice!.reason,
    region,
  };
  if (name) message.name = name;
  return message;
}

/** Prose: a block element with a sentence's worth of words that is not a heading, control or landmark. */
function isProse(element: Element): boolean {
  if (NOT_BLOCKS.has(element.tagName) && element.tagName !== 'P') return false;
  if (isHidden(element) || isWidgetChrome(element)) return false;
  const text = visibleText(element).replace(/\s+/g, ' ').trim();
  return text.length >= 30 && text.split(' ').length >= 5;
}

/**
 * No message blocks at all: the prose beside the composer's widget, climbing until some is found. Exactly one prose
 * region (outside landmarks) is taken as the message; more than one is ambiguous, so the nearest is offered unsure.
 */
function proseBesideComposer(doc: Document, widget: Element | null, composer: Element | null): CustomerMessage | null {
  let previous: Element | null = widget;
  for (
    let ancestor = widget?.parentElement ?? null;
    ancestor && ancestor.tagName !== 'HTML';
    ancestor = ancestor.parentElement
  ) {
    const prose: Element[] = [];
    for (const child of ancestor.children) {
      if (child === previous || LANDMARK_TAGS.has(child.tagName) || insideLandmark(child, ancestor)) continue;
      if (isProse(child)) prose.push(child);
    }
    if (prose.length > 0) {
      // Consecutive paragraphs are one message: group them when they sit directly in the same parent.
      const paragraphs = prose.every((element) => element.tagName === 'P');
      const block = paragraphs ? ancestor : prose[prose.length - 1]!;
      const text = paragraphs
        ? prose
            .map((element) => messageText(element))
            .filter(Boolean)
            .join('\n\n')
        : messageText(block, CHROME_SKIP);
      if (!text) return null;
      const sure = paragraphs || prose.length === 1;
      return {
        text,
        source: 'generic',
        confidence: sure ? 'sure' : 'unsure',
        reason: sure
          ? 'the only message-like text beside the reply box'
          : 'several texts beside the reply box; this is the nearest',
        region: describeRegion(regionLabel(ancestor), 0, 1, prose[0]!, composer),
      };
    }
    previous = ancestor;
    if (ancestor === doc.body) break;
  }
  return null;
}
