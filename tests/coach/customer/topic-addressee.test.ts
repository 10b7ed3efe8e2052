/**
 * A candidate that only names the company the message is addressed to is marked as such (the learned weights count
 * it down): to @AppleSupport, "Apple" is who should help; "your Gmail account" to @gmail names more than the company.
 */
import { describe, expect, it } from 'vitest';
import { cleanCustomerText } from '../../../lib/coach/customer/clean';
import { readProblemSetting } from '../../../lib/coach/customer/problem';
import { addressedHandles, topicCandidates } from '../../../lib/coach/customer/topic';
import { analyzeText } from '../../../lib/coach/text';

const addressee = (message: string): Record<string, number> => {
  const text = analyzeText(cleanCustomerText(message).text);
  const { kind, mentions } = readProblemSetting(text);
  return Object.fromEntries(
    topicCandidates(text, kind, mentions, addressedHandles(message)).map((candidate) => [
      candidate.text,
      candidate.features.addressee,
    ]),
  );
};

describe('the company a message is addressed to', () => {
  it('reads the handles, not e-mail addresses', () => {
    expect(addressedHandles('@AppleSupport @hulu_support hi, mail me at me@example.com')).toEqual([
      'applesupport',
      'hulu_support',
    ]);
  });

  it('marks a phrase that is only the company, and not one that names a thing of theirs', () => {
    expect(addressee('@hulu_support why does Hulu freeze on my TV?')).toMatchObject({ Hulu: 1, 'your TV': 0 });
    expect(addressee('@gmail my gmail account got hacked')).toMatchObject({ 'your Gmail account': 0 });
    expect(addressee('@Spotify why does Hulu freeze on my TV?')).toMatchObject({ Hulu: 0 });
  });
});
