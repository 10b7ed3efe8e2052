/**
 * The structural fallback for helpdesks without a site reader. From the composer, walk up to the nearest ancestor
 * that holds at least two similar repeated blocks with text (the thread), then take the last block outside the
 * composer that is not marked as the agent's own, an outgoing message or an internal note.
 */
import type { CustomerMessage } from '../messaging/protocol';
import { tagSet } from '../editors/tags';
import { cleanName, messageText } from './text';

/** Tags that never make a message block on their own. */
const NOT_BLOCKS = tagSet(
  'A B BR BUTTON CODE EM I IMG INPUT LABEL OPTION P SCRIPT SMALL SPAN STRONG STYLE SVG TEMPLATE TIME TD TH TBODY ' +
    'THEAD HEAD LINK META NOSCRIPT H1 H2 H3 H4 H5 H6 TEXTAREA SELECT',
);
/** Blocks of these tags are similar to each other by tag alone. */
const SEMANTIC_BLOCKS = tagSet('ARTICLE LI SECTION');

const MESSAGE_WORDS = /^(message|messages|msg|comment|comments|reply|replies|post|entry|event|item|bubble|thread|conversation|article|email|mail|chat|part|note|response)$/;
const AGENT_WORDS = /^(agent|agents|outgoing|outbound|note|notes|internal|private|self|me|mine|own|sent|staff|operator|admin|response|whisper|system|activity)$/;
const CUSTOMER_WORDS = /^(customer|incoming|inbound|requester|requestor|visitor|contact|client|enduser|end_user)$/;
const BODY_WORDS = /^(body|content|text|html|richtext|markdown|prose)$/;
const NAME_WORDS = /^(author|sender|from|name|username|person|requester|customer|who)$/;
const CHROME_WORDS = /^(header|meta|footer|actions|toolbar|time|timestamp|date|avatar|byline|status|attachments)$/;

/** Upper bound on elements examined per call: the reader runs on focus and must stay cheap on huge pages. */
const SCAN_BUDGET = 4000;

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
  return blockWords(block).some((word) => AGENT_WORDS.test(word));
}

export function isCustomerBlock(block: Element): boolean {
  return blockWords(block).some((word) => CUSTOMER_WORDS.test(word));
}

/** Keys under which a child counts as "similar" to its siblings: its tag with each class or data-* attribute name. */
function similarityKeys(element: Element): string[] {
  if (NOT_BLOCKS.has(element.tagName)) return [];
  const keys: string[] = [];
  for (const token of element.classList) keys.push(`${element.tagName}.${token}`);
  for (const attribute of element.attributes) {
    if (attribute.name.startsWith('data-') && !attribute.name.startsWith('data-v-')) keys.push(`${element.tagName}[${attribute.name}]`);
  }
  // Semantic blocks are similar by tag alone, whatever their modifier classes (`<article class="staff">`).
  if (SEMANTIC_BLOCKS.has(element.tagName)) keys.push(element.tagName);
  return keys;
}

interface BlockGroup {
  blocks: Element[];
  score: number;
}

/** The best group of similar siblings among `parent`'s children, ignoring the child that holds the composer. */
function bestGroupAmongChildren(parent: Element, composerBranch: Element | null): BlockGroup | null {
  // Most elements (paragraphs, spans, leaves) cannot hold a group: leave before allocating anything.
  if (parent.childElementCount < 2) return null;
  const groups = new Map<string, Element[]>();
  for (const child of parent.children) {
    if (child === composerBranch) continue;
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
    if (length === undefined) textLengths.set(block, (length = (block.textContent ?? '').trim().length));
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
    const score = averageText * (messageLike ? 4 : 1) * Math.min(blocks.length, 6);
    if (!best || score > best.score) best = { blocks, score };
  }
  return best;
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

/** The nearest group of repeated message blocks around the composer (or anywhere in the document without one). */
export function findMessageBlocks(doc: Document, composer: Element | null): Element[] | null {
  const budget = { left: SCAN_BUDGET };
  let previous: Element | null = composer;
  let ancestor: Element | null = composer ? composer.parentElement : doc.body;
  while (ancestor && budget.left > 0) {
    let best: BlockGroup | null = null;
    // The part of this ancestor not yet examined at a lower level: everything but the branch we came up from.
    for (const parent of subtree(ancestor, previous, budget)) {
      const group = bestGroupAmongChildren(parent, parent === ancestor ? previous : null);
      if (group && (!best || group.score > best.score)) best = group;
    }
    if (best) return best.blocks;
    previous = ancestor;
    ancestor = ancestor.parentElement;
  }
  return null;
}

function hasWord(element: Element, words: RegExp): boolean {
  return markerWords(element).some((word) => words.test(word));
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
  if (best) return { body: best };
  return { body: block, skip: CHROME_SKIP };
}

/** Header, byline and footer parts of a block without a recognisable body element. */
const CHROME_SKIP = 'header,footer,time,h1,h2,h3,h4,h5,h6,img,[class*="avatar"],[class*="meta"],[class*="author"],[class*="sender"],[class*="byline"],[class*="timestamp"]';

/** The author's name inside a block: a short element named author/sender/name, or `itemprop=author`. */
function nameOf(block: Element): string | undefined {
  for (const element of block.querySelectorAll('*')) {
    if (element.getAttribute('itemprop') === 'author' || hasWord(element, NAME_WORDS)) {
      const text = element.textContent ?? '';
      if (text.trim() && text.length <= 120 && !hasWord(element, BODY_WORDS)) return cleanName(text);
    }
  }
  return undefined;
}

/** The latest customer message found structurally, or null. */
export function readGeneric(doc: Document, composer: Element | null): CustomerMessage | null {
  const blocks = findMessageBlocks(doc, composer);
  if (!blocks) return null;
  // Newest first: the latest block marked as the customer's wins; failing any such mark, the latest block not
  // marked as the agent's. Scanning stops at the first marked block, so long marked threads stay cheap.
  let fallback: CustomerMessage | null = null;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const customer = isCustomerBlock(block);
    if (!customer && (fallback || isAgentBlock(block))) continue;
    const message = readBlock(block);
    if (!message) continue;
    if (customer) return message;
    fallback = message;
  }
  return fallback;
}

function readBlock(block: Element): CustomerMessage | null {
  const { body, skip } = bodyOf(block);
  const text = messageText(body, skip);
  if (!text) return null;
  const name = nameOf(block);
  return name ? { text, name, source: 'generic' } : { text, source: 'generic' };
}
