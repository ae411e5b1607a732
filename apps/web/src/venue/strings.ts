import type { Bundles } from '../i18n/bundles.js'
import { useBundle } from '../i18n/bundles.js'

/** The console's venue card and consultation file card, in the `venue` namespace. */
export const VENUE_NS = 'venue'

const fr = {
  'address.heading': 'Adresse de la salle',
  'address.intro':
    'Sur le Wi-Fi de la salle, les participants ouvrent cette adresse (ou scannent le code), puis tapent le code de leur groupe.',
  'address.open': 'Adresse à ouvrir',
  'address.others': 'Autres adresses de cet ordinateur : {{urls}}',
  'address.qr': 'Code QR de {{url}}',
  'address.copy': 'Copier l’adresse',
  'address.copied': 'Adresse copiée.',
  'address.refresh': 'Actualiser',
  'address.loading': 'Recherche de l’adresse…',
  'address.failed': 'L’adresse n’a pas pu être lue. Réessayez.',
  'address.loopback':
    'Le relais n’écoute que sur cet ordinateur ({{host}}) : les téléphones de la salle ne peuvent pas l’atteindre.',
  'address.fix':
    'Pour la salle : reliez l’ordinateur au Wi-Fi de la salle, arrêtez le relais, puis relancez-le ainsi :',
  'address.lan': 'Adresses de cet ordinateur sur le réseau : {{addresses}}',
  'address.noLan':
    'Cet ordinateur n’est relié à aucun réseau : connectez-le au Wi-Fi de la salle, puis actualisez.',
  'file.heading': 'Fichier de la consultation',
  'file.intro':
    'Sans réseau, emportez toute la consultation sur une clé USB : chaque tableau, ses versions et les réglages. À l’import, le fichier est fusionné avec ce qui est déjà ici : rien n’est écrasé.',
  'file.exportHeading': 'Exporter',
  'file.importHeading': 'Importer',
  'file.export': 'Exporter le fichier',
  'file.exporting': 'Préparation du fichier…',
  'file.exported': 'Fichier {{name}} enregistré.',
  'file.personal': 'Inclure les données personnelles (liste des participants), chiffrées',
  'file.personalHint':
    'Uniquement si l’autre ordinateur en a besoin. Sans la phrase secrète, elles ne peuvent pas être lues ; transmettez-la à part, jamais avec la clé USB.',
  'file.passphrase': 'Phrase secrète (au moins 12 caractères)',
  'file.confirm': 'Répétez la phrase secrète',
  'file.short': 'La phrase secrète doit compter au moins 12 caractères.',
  'file.mismatch': 'Les deux phrases secrètes diffèrent.',
  'file.import': 'Choisir un fichier .atelier à fusionner…',
  'file.importPassphrase': 'Phrase secrète du fichier (s’il contient des données personnelles)',
  'file.importing': 'Fusion du fichier…',
  'file.imported':
    'Fichier fusionné : {{boards}} tableau(x), {{versions}} version(s) ajoutée(s), {{people}} participant(s) ajouté(s) ou mis à jour.',
  'file.wrongPassphrase':
    'Phrase secrète manquante ou erronée : rien n’a été modifié. Saisissez celle donnée à l’export.',
  'file.refused': 'Fichier refusé, rien n’a été modifié : {{detail}}',
  'file.failed': 'L’opération a échoué (réseau ou accès). Réessayez.',
} as const

type Key = keyof typeof fr
export type VenueText = (key: Key, values?: Record<string, string | number>) => string

export const venueStrings: Bundles = {
  fr,
  en: {
    'address.heading': 'Venue address',
    'address.intro':
      'On the venue Wi-Fi, participants open this address (or scan the code), then type their group’s code.',
    'address.open': 'Address to open',
    'address.others': 'Other addresses of this computer: {{urls}}',
    'address.qr': 'QR code of {{url}}',
    'address.copy': 'Copy the address',
    'address.copied': 'Address copied.',
    'address.refresh': 'Refresh',
    'address.loading': 'Looking for the address…',
    'address.failed': 'The address could not be read. Try again.',
    'address.loopback':
      'The relay listens on this computer only ({{host}}): phones in the room cannot reach it.',
    'address.fix':
      'For the room: connect this computer to the venue Wi-Fi, stop the relay, then start it again with:',
    'address.lan': 'This computer’s network addresses: {{addresses}}',
    'address.noLan': 'This computer is on no network: connect it to the venue Wi-Fi, then refresh.',
    'file.heading': 'Consultation file',
    'file.intro':
      'Without a network, carry the whole consultation on a USB stick: every board, its versions and the settings. On import, the file is merged with what is already here: nothing is overwritten.',
    'file.exportHeading': 'Export',
    'file.importHeading': 'Import',
    'file.export': 'Export the file',
    'file.exporting': 'Preparing the file…',
    'file.exported': 'File {{name}} saved.',
    'file.personal': 'Include personal data (the participant list), encrypted',
    'file.personalHint':
      'Only if the other computer needs it. Without the passphrase it cannot be read; give the passphrase separately, never with the USB stick.',
    'file.passphrase': 'Passphrase (at least 12 characters)',
    'file.confirm': 'Repeat the passphrase',
    'file.short': 'The passphrase must have at least 12 characters.',
    'file.mismatch': 'The two passphrases differ.',
    'file.import': 'Choose an .atelier file to merge…',
    'file.importPassphrase': 'The file’s passphrase (if it holds personal data)',
    'file.importing': 'Merging the file…',
    'file.imported':
      'File merged: {{boards}} board(s), {{versions}} version(s) added, {{people}} participant(s) added or updated.',
    'file.wrongPassphrase':
      'Missing or wrong passphrase: nothing was changed. Type the one given at export.',
    'file.refused': 'File refused, nothing was changed: {{detail}}',
    'file.failed': 'That failed (network or access). Try again.',
  } satisfies Record<Key, string>,
  ar: {
    'address.heading': 'عنوان القاعة',
    'address.intro':
      'على شبكة Wi-Fi القاعة، يفتح المشاركون هذا العنوان (أو يمسحون الرمز)، ثم يكتبون رمز مجموعتهم.',
    'address.open': 'العنوان الذي يُفتح',
    'address.others': 'عناوين أخرى لهذا الحاسوب: {{urls}}',
    'address.qr': 'رمز QR للعنوان {{url}}',
    'address.copy': 'نسخ العنوان',
    'address.copied': 'نُسخ العنوان.',
    'address.refresh': 'تحديث',
    'address.loading': 'جارٍ البحث عن العنوان…',
    'address.failed': 'تعذّرت قراءة العنوان. أعيدوا المحاولة.',
    'address.loopback':
      'الخادم يستمع على هذا الحاسوب فقط ({{host}}): لا تستطيع هواتف القاعة الوصول إليه.',
    'address.fix': 'للقاعة: صِلوا الحاسوب بشبكة Wi-Fi القاعة، أوقفوا الخادم، ثم شغّلوه من جديد هكذا:',
    'address.lan': 'عناوين هذا الحاسوب على الشبكة: {{addresses}}',
    'address.noLan': 'هذا الحاسوب غير متصل بأي شبكة: صِلوه بشبكة Wi-Fi القاعة ثم حدّثوا.',
    'file.heading': 'ملف الاستشارة',
    'file.intro':
      'دون شبكة، انقلوا الاستشارة كلها على مفتاح USB: كل لوحة ونسخها والإعدادات. عند الاستيراد يُدمج الملف مع ما هو موجود هنا: لا يُمحى شيء.',
    'file.exportHeading': 'تصدير',
    'file.importHeading': 'استيراد',
    'file.export': 'تصدير الملف',
    'file.exporting': 'جارٍ تحضير الملف…',
    'file.exported': 'حُفظ الملف {{name}}.',
    'file.personal': 'تضمين البيانات الشخصية (قائمة المشاركين) مشفّرة',
    'file.personalHint':
      'فقط إذا احتاجها الحاسوب الآخر. لا تُقرأ دون العبارة السرية؛ أرسلوها على حدة، لا مع مفتاح USB أبدًا.',
    'file.passphrase': 'العبارة السرية (12 حرفًا على الأقل)',
    'file.confirm': 'أعيدوا كتابة العبارة السرية',
    'file.short': 'يجب أن تتكون العبارة السرية من 12 حرفًا على الأقل.',
    'file.mismatch': 'العبارتان السريتان مختلفتان.',
    'file.import': 'اختيار ملف ‎.atelier لدمجه…',
    'file.importPassphrase': 'العبارة السرية للملف (إن كان يحتوي على بيانات شخصية)',
    'file.importing': 'جارٍ دمج الملف…',
    'file.imported':
      'دُمج الملف: {{boards}} لوحة، أُضيفت {{versions}} نسخة، أُضيف أو حُدّث {{people}} مشارك.',
    'file.wrongPassphrase':
      'العبارة السرية ناقصة أو خاطئة: لم يتغير شيء. اكتبوا العبارة المعطاة عند التصدير.',
    'file.refused': 'رُفض الملف، لم يتغير شيء: {{detail}}',
    'file.failed': 'فشلت العملية (الشبكة أو الصلاحية). أعيدوا المحاولة.',
  } satisfies Record<Key, string>,
}

export function useVenueText(): { t: VenueText } {
  return useBundle<VenueText>(VENUE_NS, venueStrings)
}
