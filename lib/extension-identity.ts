/**
 * The extension's public key pins its id for unpacked and development builds, so a team backend can allow exactly
 * this origin (CORS, ATTUNE_ALLOWED_ORIGINS) before the agent loads the extension. Store builds omit the key (the
 * store assigns the id): build them with ATTUNE_STORE_BUILD=1 and list the store id on the server instead.
 * The private half of this key was never kept: it is only needed to sign a packed .crx, which Attune doesn't ship.
 */
export const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwpo7NiDgafgw9neg5uHw24yWrXRpjNrvt3oG2OXybmc02oFVYdPrJMafpwpFYOXHjR3+aKUlXRvbfFHjxl7KOzss8n+wJ7fjyrNFl4xEIEmdt9QJEPmEW/mv2xAG+Bufy3RNCB9Zy3br3eTbCY8jIqwJfQourV9Hbb7QfATTX/TDUqX1jhqPd98ws7mOUSS8ptzoa/0Iu6qZuNcVxWet/pB4h/xqW9embkMpn4UCN4110iY2vsYYoZ/JQftGa+jJ46EU2aKZA8MVFVf7ZUAlifK8uo6TDWXBetZNoz4o6oeDIAHjC856y7XCLYFg2ZGkFD5/DLrzjiE1Jkc++DVn7QIDAQAB';

/** The id Chromium derives from EXTENSION_PUBLIC_KEY (first 128 bits of its SHA-256, in the a–p alphabet). */
export const EXTENSION_ID = 'gmnoilnpfmpaobofijpgbdednbaepoke';

export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

/** Firefox's add-on id (`browser_specific_settings.gecko.id`): fixed, so its moz-extension UUID is stable per profile. */
export const FIREFOX_ADDON_ID = 'attune@attune.dev';
