import type { Language } from '../i18n/language.js'
import { addBundles, useBundle } from '../i18n/bundles.js'
import type { Bundles, ResourceTarget } from '../i18n/bundles.js'

/**
 * The words of the invitations in the console's "Participants" part (a session's date and
 * place, a participant's invitation panel), in the `invitations` i18next namespace. They load
 * with the part's chunk.
 */
export const INVITATIONS_NS = 'invitations'

const fr = {
  'details.heading': 'Date et lieu des sessions',
  'details.intro':
    'Les invitations et la page de réponse indiquent la date et le lieu de la session de l’invité.',
  'details.session': 'Session : {{title}}',
  'details.date': 'Date',
  'details.time': 'Heure (facultative)',
  'details.place': 'Lieu',
  'details.save': 'Enregistrer la date et le lieu',
  'details.saved': 'Date et lieu enregistrés pour « {{title}} ».',
  'details.loading': 'Chargement…',
  'action.invitation': 'Invitation',
  'action.invitationLabel': 'Invitation de {{name}}',
  'panel.heading': 'Invitation de {{name}}',
  'panel.making': 'Préparation de l’invitation…',
  'panel.close': 'Fermer',
  'panel.status': 'Statut : {{status}}',
  'panel.expires': 'Valable jusqu’au {{date}}',
  'panel.code': 'Code personnel : {{code}}',
  'panel.link': 'Lien personnel (rejoindre la session)',
  'panel.rsvpLink': 'Lien de réponse (confirmer ou décliner)',
  'panel.copy': 'Copier',
  'panel.copyLabel': 'Copier : {{what}}',
  'panel.copied': 'Copié dans le presse-papiers.',
  'panel.copyFailed': 'Copie impossible : sélectionnez le texte et copiez-le vous-même.',
  'panel.qr': 'QR code de l’invitation',
  'panel.qrAlt': 'QR code du lien personnel de {{name}}',
  'panel.qrLoading': 'Chargement du QR code…',
  'panel.downloadPng': 'Télécharger le QR code (PNG)',
  'panel.text': 'Texte de l’invitation',
  'panel.language': 'Langue du texte',
  'panel.textLoading': 'Chargement du texte…',
  'panel.copyText': 'Copier le texte',
  'panel.revoke': 'Révoquer le code',
  'panel.revokeAsk': 'Le lien et le QR code ne marcheront plus. Révoquer ?',
  'panel.revokeConfirm': 'Oui, révoquer',
  'panel.revoked': 'Code révoqué : le lien et le QR code ne marchent plus.',
  'panel.renew': 'Créer une nouvelle invitation',
  'panel.failed': 'L’invitation n’a pas pu être chargée : {{reason}}',
  'language.fr': 'Français',
  'language.ar': 'العربية',
  'language.en': 'English',
} as const

type Key = keyof typeof fr
export type InvitationText = (key: Key, options?: Record<string, unknown>) => string

const en: Record<Key, string> = {
  'details.heading': 'Sessions: date and place',
  'details.intro':
    'Invitations and the reply page give the date and place of the invitee’s session.',
  'details.session': 'Session: {{title}}',
  'details.date': 'Date',
  'details.time': 'Time (optional)',
  'details.place': 'Place',
  'details.save': 'Save the date and place',
  'details.saved': 'Date and place saved for “{{title}}”.',
  'details.loading': 'Loading…',
  'action.invitation': 'Invitation',
  'action.invitationLabel': 'Invitation for {{name}}',
  'panel.heading': 'Invitation for {{name}}',
  'panel.making': 'Preparing the invitation…',
  'panel.close': 'Close',
  'panel.status': 'Status: {{status}}',
  'panel.expires': 'Valid until {{date}}',
  'panel.code': 'Personal code: {{code}}',
  'panel.link': 'Personal link (joining the session)',
  'panel.rsvpLink': 'Reply link (confirm or decline)',
  'panel.copy': 'Copy',
  'panel.copyLabel': 'Copy: {{what}}',
  'panel.copied': 'Copied to the clipboard.',
  'panel.copyFailed': 'Could not copy: select the text and copy it yourself.',
  'panel.qr': 'Invitation QR code',
  'panel.qrAlt': 'QR code of {{name}}’s personal link',
  'panel.qrLoading': 'Loading the QR code…',
  'panel.downloadPng': 'Download the QR code (PNG)',
  'panel.text': 'Invitation text',
  'panel.language': 'Language of the text',
  'panel.textLoading': 'Loading the text…',
  'panel.copyText': 'Copy the text',
  'panel.revoke': 'Revoke the code',
  'panel.revokeAsk': 'The link and the QR code will stop working. Revoke?',
  'panel.revokeConfirm': 'Yes, revoke',
  'panel.revoked': 'Code revoked: the link and the QR code no longer work.',
  'panel.renew': 'Make a new invitation',
  'panel.failed': 'The invitation could not be loaded: {{reason}}',
  'language.fr': 'Français',
  'language.ar': 'العربية',
  'language.en': 'English',
}

const ar: Record<Key, string> = {
  'details.heading': 'تاريخ الجلسات ومكانها',
  'details.intro': 'تذكر الدعوات وصفحة الرد تاريخ جلسة المدعوّ ومكانها.',
  'details.session': 'الجلسة: {{title}}',
  'details.date': 'التاريخ',
  'details.time': 'الساعة (اختيارية)',
  'details.place': 'المكان',
  'details.save': 'حفظ التاريخ والمكان',
  'details.saved': 'حُفظ التاريخ والمكان لـ«{{title}}».',
  'details.loading': 'جارٍ التحميل…',
  'action.invitation': 'الدعوة',
  'action.invitationLabel': 'دعوة {{name}}',
  'panel.heading': 'دعوة {{name}}',
  'panel.making': 'جارٍ إعداد الدعوة…',
  'panel.close': 'إغلاق',
  'panel.status': 'الحالة: {{status}}',
  'panel.expires': 'صالحة حتى {{date}}',
  'panel.code': 'الرمز الشخصي: {{code}}',
  'panel.link': 'الرابط الشخصي (الانضمام إلى الجلسة)',
  'panel.rsvpLink': 'رابط الرد (تأكيد الحضور أو الاعتذار)',
  'panel.copy': 'نسخ',
  'panel.copyLabel': 'نسخ: {{what}}',
  'panel.copied': 'نُسخ إلى الحافظة.',
  'panel.copyFailed': 'تعذّر النسخ: حدّد النص وانسخه بنفسك.',
  'panel.qr': 'رمز QR للدعوة',
  'panel.qrAlt': 'رمز QR للرابط الشخصي لـ{{name}}',
  'panel.qrLoading': 'جارٍ تحميل رمز QR…',
  'panel.downloadPng': 'تنزيل رمز QR (PNG)',
  'panel.text': 'نص الدعوة',
  'panel.language': 'لغة النص',
  'panel.textLoading': 'جارٍ تحميل النص…',
  'panel.copyText': 'نسخ النص',
  'panel.revoke': 'إلغاء الرمز',
  'panel.revokeAsk': 'لن يعمل الرابط ولا رمز QR بعد الآن. هل تريد الإلغاء؟',
  'panel.revokeConfirm': 'نعم، ألغِ الرمز',
  'panel.revoked': 'أُلغي الرمز: لم يعد الرابط ولا رمز QR يعملان.',
  'panel.renew': 'إنشاء دعوة جديدة',
  'panel.failed': 'تعذّر تحميل الدعوة: {{reason}}',
  'language.fr': 'Français',
  'language.ar': 'العربية',
  'language.en': 'English',
}

/** The invitations' words by language. */
export const invitationStrings: Bundles = { fr, en, ar }

export function addInvitationStrings(i18n: ResourceTarget): void {
  addBundles(i18n, INVITATIONS_NS, invitationStrings)
}

export function useInvitationText(): { t: InvitationText; language: Language } {
  return useBundle<InvitationText>(INVITATIONS_NS, invitationStrings)
}
