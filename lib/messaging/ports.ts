// Its own module: the content script imports it without protocol.ts's messaging runtime.
/**
 * The name of the content script's long-lived port to the background, which carries its snapshots (one a change)
 * as bare DraftSnapshot messages: a port message is posted on an open channel, where runtime.sendMessage opens a
 * channel per call and reaches every extension page too. The other content → background messages stay one-time.
 * The background posts each analysis's InlineState back on the same port (lib/background/inline.ts), and nothing else.
 */
export const SNAPSHOT_PORT = 'snapshots';
