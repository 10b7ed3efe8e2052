/**
 * The things customers write about, for naming the topic of their problem as the agent would ("your Gmail
 * account", "the Roku app"). Head nouns carry the kinds of problem they usually belong to, so "my channel" is
 * preferred over "a year" for a suspension; product names carry their proper spelling, so "IPHONE" or "iphone"
 * comes back as "iPhone" and a customer's casing is never copied into a reply.
 */
import type { ProblemKind } from '../types';

type Affinity = readonly ProblemKind[];
const ACCESS: Affinity = ['account-access', 'disagree'];
const MONEY: Affinity = ['charged-wrongly'];
const DELIVERY: Affinity = ['not-arrived', 'missing', 'charged-wrongly'];
const DEVICE: Affinity = ['broken', 'slow', 'missing', 'how-to'];
const DATA: Affinity = ['missing', 'broken'];
const CONTENT: Affinity = ['disagree', 'missing', 'broken'];
/** A flight or a booking is changed, cancelled or refunded; it never "arrives". */
const TRAVEL: Affinity = ['charged-wrongly', 'disagree', 'how-to'];

/** Head nouns (singular and plural as compromise normalises them) and the problem kinds they fit. */
export const TOPIC_HEADS: Readonly<Record<string, Affinity>> = {
  account: ACCESS,
  accounts: ACCESS,
  channel: ACCESS,
  profile: ACCESS,
  password: DEVICE,
  login: DEVICE,
  username: ACCESS,
  id: ACCESS,
  email: ACCESS,
  inbox: ACCESS,
  gamertag: ACCESS,
  membership: MONEY,
  subscription: MONEY,
  plan: MONEY,
  card: MONEY,
  payment: MONEY,
  payments: MONEY,
  charge: MONEY,
  charges: MONEY,
  bill: MONEY,
  invoice: MONEY,
  refund: MONEY,
  fee: MONEY,
  fees: MONEY,
  purchase: MONEY,
  purchases: MONEY,
  transaction: MONEY,
  trial: MONEY,
  order: DELIVERY,
  orders: DELIVERY,
  package: DELIVERY,
  parcel: DELIVERY,
  parcels: DELIVERY,
  // What a traveller checks in arrives or goes missing as a delivery does.
  bag: DELIVERY,
  bags: DELIVERY,
  luggage: DELIVERY,
  baggage: DELIVERY,
  suitcase: DELIVERY,
  delivery: DELIVERY,
  shipment: DELIVERY,
  item: DELIVERY,
  items: DELIVERY,
  pack: DELIVERY,
  code: DELIVERY,
  codes: DELIVERY,
  points: DELIVERY,
  rewards: DELIVERY,
  voucher: DELIVERY,
  app: DEVICE,
  apps: DEVICE,
  phone: DEVICE,
  laptop: DEVICE,
  computer: DEVICE,
  tablet: DEVICE,
  device: DEVICE,
  devices: DEVICE,
  console: DEVICE,
  controller: DEVICE,
  trackpad: DEVICE,
  keyboard: DEVICE,
  screen: DEVICE,
  battery: DEVICE,
  camera: DEVICE,
  speaker: DEVICE,
  headphones: DEVICE,
  watch: DEVICE,
  tv: DEVICE,
  router: DEVICE,
  installer: DEVICE,
  update: DEVICE,
  game: DEVICE,
  games: DEVICE,
  website: DEVICE,
  site: DEVICE,
  software: DEVICE,
  program: DEVICE,
  browser: DEVICE,
  extension: DEVICE,
  connection: DEVICE,
  internet: DEVICE,
  wifi: DEVICE,
  network: DEVICE,
  service: DEVICE,
  server: DEVICE,
  servers: DEVICE,
  meeting: DEVICE,
  meetings: DEVICE,
  call: DEVICE,
  calls: DEVICE,
  export: DEVICE,
  import: DEVICE,
  upload: DEVICE,
  download: DEVICE,
  sync: DEVICE,
  backup: DATA,
  photos: DATA,
  photo: DATA,
  pictures: DATA,
  picture: DATA,
  files: DATA,
  file: DATA,
  data: DATA,
  contacts: DATA,
  messages: DATA,
  documents: DATA,
  notes: DATA,
  music: DATA,
  songs: DATA,
  library: DATA,
  playlist: DATA,
  progress: DATA,
  save: DATA,
  saves: DATA,
  folder: DATA,
  folders: DATA,
  video: CONTENT,
  videos: CONTENT,
  review: CONTENT,
  spam: CONTENT,
  content: CONTENT,
  stream: CONTENT,
  post: CONTENT,
  comment: CONTENT,
  comments: CONTENT,
  claim: CONTENT,
  appeal: CONTENT,
  application: CONTENT,
  request: CONTENT,
  listing: CONTENT,
  seller: CONTENT,
  ad: CONTENT,
  ads: CONTENT,
  notifications: DEVICE,
  // Common things of support messages that compromise's small lexicon does not list, so they can be spelled.
  notification: DEVICE,
  remote: DEVICE,
  outage: DEVICE,
  launcher: DEVICE,
  beta: DEVICE,
  version: DEVICE,
  option: DEVICE,
  setting: DEVICE,
  settings: DEVICE,
  feature: DEVICE,
  features: DEVICE,
  tab: DEVICE,
  space: DEVICE,
  storage: DEVICE,
  disc: DEVICE,
  discs: DEVICE,
  printer: DEVICE,
  font: DEVICE,
  audio: DEVICE,
  microphone: DEVICE,
  mic: DEVICE,
  headset: DEVICE,
  session: DEVICE,
  sessions: DEVICE,
  lobby: DEVICE,
  chat: DEVICE,
  search: DEVICE,
  webinar: DEVICE,
  livestream: DEVICE,
  domain: DEVICE,
  realm: DATA,
  realms: DATA,
  theme: DELIVERY,
  themes: DELIVERY,
  bonus: DELIVERY,
  vouchers: DELIVERY,
  bundle: DELIVERY,
  reward: DELIVERY,
  vehicle: DELIVERY,
  car: DELIVERY,
  money: DELIVERY,
  flight: TRAVEL,
  seat: TRAVEL,
  flights: TRAVEL,
  booking: TRAVEL,
  reservation: TRAVEL,
  ticket: TRAVEL,
  tickets: TRAVEL,
  episode: CONTENT,
  episodes: CONTENT,
  season: CONTENT,
  show: CONTENT,
  shows: CONTENT,
  thumbnail: CONTENT,
  thumbnails: CONTENT,
  lyrics: CONTENT,
  monetization: CONTENT,
  monetisation: CONTENT,
  verification: ACCESS,
  authentication: ACCESS,
  authenticator: ACCESS,
  '2fa': ACCESS,
  pdf: DATA,
  statement: MONEY,
  promotion: MONEY,
  discount: MONEY,
  offer: MONEY,
  price: MONEY,
  benefit: DELIVERY,
  benefits: DELIVERY,
};

/** Product and brand names spelled as their makers spell them (keys are compromise's normal form). */
export const PRODUCT_NAMES: Readonly<Record<string, string>> = {
  iphone: 'iPhone',
  airpod: 'AirPod',
  ipad: 'iPad',
  ipod: 'iPod',
  imac: 'iMac',
  macbook: 'MacBook',
  airpods: 'AirPods',
  icloud: 'iCloud',
  itunes: 'iTunes',
  ios: 'iOS',
  macos: 'macOS',
  mac: 'Mac',
  apple: 'Apple',
  'apple id': 'Apple ID',
  gmail: 'Gmail',
  google: 'Google',
  youtube: 'YouTube',
  android: 'Android',
  chromebook: 'Chromebook',
  chrome: 'Chrome',
  pixel: 'Pixel',
  dropbox: 'Dropbox',
  zoom: 'Zoom',
  adobe: 'Adobe',
  photoshop: 'Photoshop',
  lightroom: 'Lightroom',
  premiere: 'Premiere',
  'creative cloud': 'Creative Cloud',
  acrobat: 'Acrobat',
  ebay: 'eBay',
  paypal: 'PayPal',
  playstation: 'PlayStation',
  ps4: 'PS4',
  ps5: 'PS5',
  psn: 'PSN',
  xbox: 'Xbox',
  minecraft: 'Minecraft',
  mojang: 'Mojang',
  hulu: 'Hulu',
  roku: 'Roku',
  netflix: 'Netflix',
  spotify: 'Spotify',
  amazon: 'Amazon',
  kindle: 'Kindle',
  alexa: 'Alexa',
  windows: 'Windows',
  microsoft: 'Microsoft',
  outlook: 'Outlook',
  skype: 'Skype',
  teams: 'Teams',
  office: 'Office',
  excel: 'Excel',
  uber: 'Uber',
  lyft: 'Lyft',
  whatsapp: 'WhatsApp',
  instagram: 'Instagram',
  facebook: 'Facebook',
  twitter: 'Twitter',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  rockstar: 'Rockstar',
  rdr2: 'RDR2',
  gta: 'GTA',
  'gta online': 'GTA Online',
  'red dead': 'Red Dead',
  fortnite: 'Fortnite',
  steam: 'Steam',
  nintendo: 'Nintendo',
  switch: 'Switch',
  fitbit: 'Fitbit',
  'wells fargo': 'Wells Fargo',
  chase: 'Chase',
  visa: 'Visa',
  mastercard: 'Mastercard',
  sprint: 'Sprint',
  't-mobile': 'T-Mobile',
  verizon: 'Verizon',
  comcast: 'Comcast',
  xfinity: 'Xfinity',
  airbnb: 'Airbnb',
  bluetooth: 'Bluetooth',
  'find my': 'Find My',
  'find my device': 'Find My Device',
  'google drive': 'Google Drive',
  drive: 'Drive',
  docs: 'Docs',
  'google photos': 'Google Photos',
  maps: 'Maps',
  'app store': 'App Store',
  'play store': 'Play Store',
  siri: 'Siri',
  tv: 'TV',
  'apple tv': 'Apple TV',
  'face id': 'Face ID',
  'touch id': 'Touch ID',
  'apple music': 'Apple Music',
  'apple watch': 'Apple Watch',
  'apple pay': 'Apple Pay',
  'youtube tv': 'YouTube TV',
  'google one': 'Google One',
  wifi: 'Wi-Fi',
  'wi fi': 'Wi-Fi',
  'wi-fi': 'Wi-Fi',
  'face time': 'FaceTime',
  facetime: 'FaceTime',
  yahoo: 'Yahoo',
  'yahoo mail': 'Yahoo Mail',
  'social club': 'Social Club',
  'dropbox paper': 'Dropbox Paper',
  'smart sync': 'Smart Sync',
  'google assistant': 'Google Assistant',
};

/** Nouns too vague to name a problem by ("the issue", "this thing"): a topic made of one of these says nothing. */
export const VAGUE_NOUNS: ReadonlySet<string> = new Set(
  `problem problems issue issues thing things stuff way ways time times help people guys guy someone anyone everyone
  nothing something anything everything peoples advice info information assistance tips lot bit day days week weeks month months year years hour hours minute
  minutes reason idea question questions answer support team customer customers service-desk dept department
  officer officers sir madam hello hi hey thanks thank please reply response update sense world-wide fact case
  part kind sort type point end start moment while today tomorrow yesterday morning night weekend us me you him her
  them it this that these those mine yours ours crisis virus pandemic life mind god lol omg shit fuck crap hell
  refund refunds charge charges error errors bug bugs glitch crash crashes trouble mistake fault location place
  country city world link links tweet tweets dm dms message mb gb kb tb mbps gbps percent hrs mins secs can will may might there ones one copy`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * People, not things: who is affected or who helps ("your kids", "the participants", "the tellers"), rarely what
 * the problem is about. compromise tags only some of them Actor, and only in some sentences.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  `kid kids child children son sons daughter daughters wife husband partner mom mum dad mother father parents brother
  sister family friend friends member members participant participants attendee attendees user users person
  employee employees staff worker workers agent agents rep reps representative representatives buyer buyers
  borrower borrowers retailer retailers teller tellers student students teacher teachers guest guests coworker
  coworkers colleague colleagues neighbour neighbor neighbours neighbors boss manager managers folks`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modifiers worth keeping before a head noun even when compromise does not know them. */
export const SAFE_MODIFIERS: ReadonlySet<string> = new Set(
  `new old free paid monthly annual yearly main second first online mobile business premium family personal work
  school gift digital physical wireless camera photo video music email phone game gaming account desktop web home
  prime pro plus mini max ultra`
    .split(/\s+/)
    .filter(Boolean),
);

/** Devices someone owns: named alone they are still theirs ("my Xbox" is "your Xbox", never just "Xbox"). */
export const OWNED_DEVICES: ReadonlySet<string> = new Set([
  'iPhone',
  'iPad',
  'iPod',
  'iMac',
  'MacBook',
  'AirPod',
  'AirPods',
  'Mac',
  'PS4',
  'PS5',
  'Xbox',
  'Switch',
  'Kindle',
  'Chromebook',
  'Pixel',
  'Apple Watch',
  'Apple TV',
  'Fitbit',
  'Roku',
]);

/** The ways into an account, never the thing one is in: locked out of "your account", not of "your password". */
export const CREDENTIALS: ReadonlySet<string> = new Set([
  'password',
  'passwords',
  'passcode',
  'pin',
  'login',
  'code',
  'codes',
  'verification',
  // "my recovery phone number": the number a reset is sent to.
  'number',
]);

/** A topic that is something the customer does ("transferring your character", customer/topic-activity.ts). */
export const isActivity = (topic: string): boolean => /^\p{Ll}+ing$/u.test(topic.split(' ')[0]!);

/**
 * Whether "{topic} isn't working" can be said of a topic: a device, an app, a service or a product works or not;
 * a bill, a notification or a decision does not ("the bill isn't working" is nonsense: say "trouble with the bill").
 */
/** A topic that is an error the customer quoted by its code ("error 0x80070005", customer/topic.ts). */
export const isErrorCode = (topic: string): boolean => /^error \S*\d\S*$/.test(topic);

export function topicCanWork(topic: string): boolean {
  const words = topic.split(' ');
  // "sharing images isn't working": an activity goes wrong, it doesn't stop working; nor does an error.
  if (isActivity(topic) || isErrorCode(topic)) return false;
  const last = words[words.length - 1]!;
  if (Object.values(PRODUCT_NAMES).includes(last) || /^\p{Lu}/u.test(last)) return true;
  const affinity = TOPIC_HEADS[last.toLowerCase()];
  return affinity !== undefined && affinity.includes('broken') && affinity.includes('slow');
}
