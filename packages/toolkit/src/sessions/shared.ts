import type { BoardLayout, Phase } from '../schema.js'

/**
 * Where each board's frames start: the sub-groups get both prioritisation matrices side by side
 * and the note-taking grid below them; the plenary consolidates actions and recommendations.
 */
export const standardLayout: BoardLayout = {
  subgroup: [
    { id: 'risks', kind: 'riskMatrix', at: { x: 0, y: 0 } },
    { id: 'actions', kind: 'actionMatrix', at: { x: 1136, y: 0 } },
    { id: 'grid', kind: 'noteGrid', at: { x: 0, y: 928 } },
  ],
  plenary: [
    { id: 'actions', kind: 'actionMatrix', at: { x: 0, y: 0 } },
    { id: 'grid', kind: 'noteGrid', at: { x: 1136, y: 0 } },
  ],
}

/** A break; the timer counts it like any phase so the day stays on time. */
export function breakPhase(id: string, minutes: number): Phase {
  return {
    id,
    kind: 'break',
    minutes,
    room: 'plenary',
    title: { fr: 'Pause', ar: 'استراحة', en: 'Break' },
    purpose: {
      fr: 'Pause café. Les tableaux restent ouverts : on peut relire les notes, pas les modifier.',
      ar: 'استراحة قهوة. تظل اللوحات مفتوحة للاطلاع على الملاحظات دون تعديلها.',
      en: 'Coffee break. The boards stay open to read the notes, not to change them.',
    },
    frames: [],
    questions: [],
  }
}

export function lunchPhase(id: string, minutes: number): Phase {
  return {
    id,
    kind: 'break',
    minutes,
    room: 'plenary',
    title: { fr: 'Déjeuner', ar: 'وجبة الغداء', en: 'Lunch' },
    purpose: {
      fr: 'Déjeuner offert par l’OIM. Les facilitateurs préparent les travaux de l’après-midi et relisent les notes révélées.',
      ar: 'وجبة غداء تقدّمها المنظمة الدولية للهجرة. يُعدّ الميسّرون أنشطة فترة ما بعد الظهر ويراجعون الملاحظات المكشوفة.',
      en: 'Lunch provided by IOM. Facilitators prepare the afternoon’s work and read through the revealed notes.',
    },
    frames: [],
    questions: [],
  }
}

export function closingPhase(id: string, minutes: number): Phase {
  return {
    id,
    kind: 'closing',
    minutes,
    room: 'plenary',
    title: {
      fr: 'Clôture et suites',
      ar: 'الاختتام والخطوات المقبلة',
      en: 'Closing and next steps',
    },
    purpose: {
      fr: 'Rappeler comment les résultats nourriront le rapport de consultation et la feuille de route, comment chacun sera tenu informé, et recueillir un dernier mot de chaque sous-groupe.',
      ar: 'التذكير بكيفية توظيف النتائج في تقرير المشاورة وفي خارطة الطريق، وبطريقة إطلاع الجميع على المستجدات، مع الاستماع إلى كلمة أخيرة من كل مجموعة فرعية.',
      en: 'Explain how the results will feed the consultation report and the roadmap and how everyone will be kept informed, and hear a last word from each sub-group.',
    },
    frames: [],
    questions: [
      {
        id: 'closing-word',
        text: {
          fr: 'En un mot, qu’emportez-vous de cette journée ?',
          ar: 'بكلمة واحدة، ماذا تحملون معكم من هذا اليوم؟',
          en: 'In one word, what do you take away from today?',
        },
      },
    ],
  }
}
