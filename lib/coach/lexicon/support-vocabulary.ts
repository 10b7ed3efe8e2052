/**
 * Support and technical vocabulary as a compromise plugin (`{ words, tags }`): compromise then tags these words
 * itself, so technicality, product names and rules read one tag instead of re-checking word lists.
 * Registered once in lib/coach/text.ts, before any sentence is tagged.
 */

/** Words a technical customer uses (developer, sysadmin, power user). */
const TECH_TERMS = `api apis endpoint endpoints webhook webhooks json xml yaml csv http https url urls dns ssl tls
cert certificate sdk cli oauth saml sso jwt token tokens header headers payload payloads request response
latency timeout timeouts 401 403 404 429 500 502 503 504 stacktrace traceback exception exceptions null undefined
regex sql query queries database databases schema migration migrations server servers backend frontend
localhost cache cookies cookie browser console devtools firewall proxy vpn ip smtp imap dkim spf dmarc cname mx
repo repository commit branch deploy deployed deployment staging production env config configuration param
params parameter parameters integration integrations script scripts plugin plugins extension cron docker
kubernetes container containers npm pip python javascript typescript java php ruby node curl postman bash shell
terminal log logs logging debug debugging bug bugs build version versions firmware driver drivers ios android
macos linux windows chrome firefox safari cors csrf rate-limit ratelimit throttled pagination sandbox ssh ftp
sftp s3 aws azure gcp zapier graphql rest websocket websockets utf-8 encoding charset html css dom iframe
dependency dependencies runtime compile compiled compiler async sync synchronize callback`
  .split(/\s+/)
  .filter(Boolean);

/** Everyday support vocabulary: accounts, billing, shipping. */
export const SUPPORT_TERMS = `refund refunds invoice invoices receipt receipts subscription subscriptions plan plans
billing charge charges chargeback renewal trial upgrade downgrade coupon discount voucher shipment shipping
tracking parcel package delivery courier warranty replacement exchange return returns account password login
reset verification two-factor 2fa checkout cart order orders ticket tickets`
  .split(/\s+/)
  .filter(Boolean);

export const TECH_TERM_SET: ReadonlySet<string> = new Set(TECH_TERMS);

/**
 * Words that are verbs as often as nouns ("we'll charge", "reset it"): tagging them Noun in the lexicon would
 * break compromise's verb tagging, so they stay out of the plugin and only count through TECH_TERM_SET.
 */
const VERB_TOO = new Set(
  `build commit deploy deployed compile compiled debug log logs reset charge charges return returns exchange plan
  plans upgrade downgrade order orders login sync cache query queries script request branch async callback
  refund refunds ticket tickets package config extension console shell node java ruby python null undefined
  version versions renewal trial tracking delivery checkout cart account password verification header headers
  certificate cert exception exceptions warranty replacement shipment shipping parcel`
    .split(/\s+/)
    .filter(Boolean),
);
const unambiguous = (word: string): boolean => !VERB_TOO.has(word) && !/^\d+$/.test(word);

export const supportVocabularyPlugin = {
  tags: {
    TechTerm: { isA: 'Noun' },
    SupportTerm: { isA: 'Noun' },
  },
  words: {
    ...Object.fromEntries(SUPPORT_TERMS.filter(unambiguous).map((word) => [word, 'SupportTerm'])),
    ...Object.fromEntries(TECH_TERMS.filter(unambiguous).map((word) => [word, 'TechTerm'])),
  },
};
