import { z } from 'zod'
import { idSchema } from '@atelier/model'
import { localizedSchema } from './localized.js'

/** A lane of the roadmap: the months, counted from the final workshop, an action starts within. */
export const horizonSchema = z.strictObject({
  id: idSchema,
  fromMonth: z.number().int().nonnegative(),
  /** Absent for the last lane, which has no end. */
  toMonth: z.number().int().positive().optional(),
  title: localizedSchema,
})
export type Horizon = z.infer<typeof horizonSchema>

/** A row of the roadmap: the kind of actor that leads the action. */
export const leadActorSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  /** Who this row means in the region, as examples. */
  examples: localizedSchema,
})
export type LeadActor = z.infer<typeof leadActorSchema>

/** What each roadmap action states, from the terms of reference's operational roadmap. */
export const roadmapFieldSchema = z.strictObject({
  id: idSchema,
  title: localizedSchema,
  hint: localizedSchema,
})
export type RoadmapField = z.infer<typeof roadmapFieldSchema>

export const roadmapTemplateSchema = z
  .strictObject({
    title: localizedSchema,
    summary: localizedSchema,
    horizons: z.array(horizonSchema).min(2),
    leadActors: z.array(leadActorSchema).min(2),
    fields: z.array(roadmapFieldSchema).min(1),
  })
  .superRefine((roadmap, ctx) => {
    roadmap.horizons.forEach((horizon, index) => {
      const previous = roadmap.horizons[index - 1]
      const expectedStart = previous ? previous.toMonth : 0
      if (horizon.fromMonth !== expectedStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['horizons', index, 'fromMonth'],
          message: 'each horizon starts where the one before it ends, the first at month 0',
        })
      }
      const last = index === roadmap.horizons.length - 1
      if (last !== (horizon.toMonth === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['horizons', index, 'toMonth'],
          message: 'only the last horizon is open-ended',
        })
      }
      if (horizon.toMonth !== undefined && horizon.toMonth <= horizon.fromMonth) {
        ctx.addIssue({
          code: 'custom',
          path: ['horizons', index, 'toMonth'],
          message: 'a horizon ends after it starts',
        })
      }
    })
  })
export type RoadmapTemplate = z.infer<typeof roadmapTemplateSchema>

/**
 * The operational roadmap board: lanes by time horizon (0-3 months, 3-6, 6-12, 12 and more),
 * rows by lead actor, and the fields each action states ("feuille de route opérationnelle
 * simplifiée et réaliste").
 */
export const roadmapTemplate: RoadmapTemplate = {
  title: {
    fr: 'Feuille de route opérationnelle',
    ar: 'خارطة الطريق العملياتية',
    en: 'Operational roadmap',
  },
  summary: {
    fr: 'Les actions prioritaires issues des trois consultations et du rapport UNESCO, séquencées dans le temps et réparties selon l’acteur qui les porte.',
    ar: 'الإجراءات ذات الأولوية المنبثقة عن المشاورات الثلاث وعن تقرير اليونسكو، مرتّبة زمنيًا وموزّعة حسب الفاعل الذي يتولاها.',
    en: 'The priority actions from the three consultations and the UNESCO report, sequenced in time and sorted by the actor who leads them.',
  },
  horizons: [
    {
      id: 'months-0-3',
      fromMonth: 0,
      toMonth: 3,
      title: { fr: '0 à 3 mois', ar: 'من 0 إلى 3 أشهر', en: '0 to 3 months' },
    },
    {
      id: 'months-3-6',
      fromMonth: 3,
      toMonth: 6,
      title: { fr: '3 à 6 mois', ar: 'من 3 إلى 6 أشهر', en: '3 to 6 months' },
    },
    {
      id: 'months-6-12',
      fromMonth: 6,
      toMonth: 12,
      title: { fr: '6 à 12 mois', ar: 'من 6 إلى 12 شهرًا', en: '6 to 12 months' },
    },
    {
      id: 'months-12-plus',
      fromMonth: 12,
      title: { fr: 'Au-delà de 12 mois', ar: 'أكثر من 12 شهرًا', en: 'Beyond 12 months' },
    },
  ],
  leadActors: [
    {
      id: 'public-institutions',
      title: { fr: 'Institutions publiques', ar: 'المؤسسات العمومية', en: 'Public institutions' },
      examples: {
        fr: 'Conseil Régional, AREF TTAH, CRDH, services déconcentrés de l’État, collectivités',
        ar: 'مجلس الجهة، والأكاديمية الجهوية للتربية والتكوين، واللجنة الجهوية لحقوق الإنسان، والمصالح اللاممركزة للدولة، والجماعات الترابية',
        en: 'The Regional Council, AREF TTAH, CRDH, devolved state services, local authorities',
      },
    },
    {
      id: 'civil-society',
      title: { fr: 'Société civile', ar: 'المجتمع المدني', en: 'Civil society' },
      examples: {
        fr: 'Associations, OSC, acteurs de la protection de l’enfance et de l’accompagnement des victimes',
        ar: 'الجمعيات، ومنظمات المجتمع المدني، والفاعلون في حماية الطفولة ومرافقة الضحايا',
        en: 'Associations, civil-society organisations, child-protection and victim-support actors',
      },
    },
    {
      id: 'youth-and-migrants',
      title: {
        fr: 'Jeunes et communautés migrantes',
        ar: 'الشباب والمجتمعات المهاجرة',
        en: 'Young people and migrant communities',
      },
      examples: {
        fr: 'Jeunes leaders, associations de migrants, acteurs communautaires de Tanger',
        ar: 'الشباب القياديون، وجمعيات المهاجرين، والفاعلون المجتمعيون في طنجة',
        en: 'Young leaders, migrants’ associations, community actors of Tangier',
      },
    },
    {
      id: 'media-and-academia',
      title: {
        fr: 'Médias, universités et secteur privé',
        ar: 'وسائل الإعلام والجامعات والقطاع الخاص',
        en: 'Media, universities and the private sector',
      },
      examples: {
        fr: 'Médias locaux, universités et centres de recherche, opérateurs et entreprises du numérique',
        ar: 'وسائل الإعلام المحلية، والجامعات ومراكز البحث، والفاعلون والمقاولات في المجال الرقمي',
        en: 'Local media, universities and research centres, digital operators and companies',
      },
    },
    {
      id: 'international-partners',
      title: {
        fr: 'Partenaires internationaux',
        ar: 'الشركاء الدوليون',
        en: 'International partners',
      },
      examples: {
        fr: 'OIM, UNESCO, ONUDC et partenaires techniques et financiers',
        ar: 'المنظمة الدولية للهجرة، واليونسكو، ومكتب الأمم المتحدة المعني بالمخدرات والجريمة، والشركاء التقنيون والماليون',
        en: 'IOM, UNESCO, UNODC and technical and financial partners',
      },
    },
  ],
  fields: [
    {
      id: 'action',
      title: { fr: 'Action prioritaire', ar: 'الإجراء ذو الأولوية', en: 'Priority action' },
      hint: {
        fr: 'Ce qui sera fait, en une phrase qui commence par un verbe.',
        ar: 'ما سيُنجَز، في جملة تبدأ بفعل.',
        en: 'What will be done, in one sentence starting with a verb.',
      },
    },
    {
      id: 'lead',
      title: { fr: 'Acteur responsable', ar: 'الجهة المسؤولة', en: 'Lead actor' },
      hint: {
        fr: 'L’institution ou l’organisation qui porte l’action et en rend compte.',
        ar: 'المؤسسة أو المنظمة التي تتولى الإجراء وتُساءَل عنه.',
        en: 'The institution or organisation that leads the action and answers for it.',
      },
    },
    {
      id: 'stakeholders',
      title: {
        fr: 'Parties prenantes clés',
        ar: 'الأطراف المعنية الرئيسية',
        en: 'Key stakeholders',
      },
      hint: {
        fr: 'Qui doit être associé pour que l’action réussisse.',
        ar: 'من يجب إشراكه لإنجاح الإجراء.',
        en: 'Who must be involved for the action to succeed.',
      },
    },
    {
      id: 'coordination',
      title: {
        fr: 'Modalités de coordination',
        ar: 'كيفيات التنسيق',
        en: 'Coordination arrangements',
      },
      hint: {
        fr: 'Comment les acteurs se coordonnent et suivent l’avancement : instance, fréquence, indicateurs.',
        ar: 'كيف ينسّق الفاعلون ويتابعون التقدّم: الهيئة، والوتيرة، والمؤشرات.',
        en: 'How the actors coordinate and follow progress: body, frequency, indicators.',
      },
    },
    {
      id: 'implementation-risks',
      title: {
        fr: 'Risques de mise en œuvre et mesures d’atténuation',
        ar: 'مخاطر التنفيذ وتدابير التخفيف',
        en: 'Implementation risks and mitigation',
      },
      hint: {
        fr: 'Ce qui pourrait faire échouer l’action, et ce qui est prévu pour l’éviter.',
        ar: 'ما قد يُفشل الإجراء، وما هو مقرَّر لتفاديه.',
        en: 'What could make the action fail, and what is planned to prevent it.',
      },
    },
    {
      id: 'sustainability',
      title: {
        fr: 'Durabilité et appropriation institutionnelle',
        ar: 'الاستدامة والتملّك المؤسساتي',
        en: 'Sustainability and institutional ownership',
      },
      hint: {
        fr: 'Ce qui fera vivre l’action au-delà du projet : budget, mandat, ancrage dans une institution.',
        ar: 'ما سيضمن استمرار الإجراء بعد انتهاء المشروع: الميزانية، والصلاحيات، والترسيخ داخل مؤسسة.',
        en: 'What will keep the action alive after the project: budget, mandate, a home in an institution.',
      },
    },
    {
      id: 'youth-and-migrants',
      title: {
        fr: 'Intégration des jeunes et des migrants',
        ar: 'إدماج الشباب والمهاجرين',
        en: 'Involving young people and migrants',
      },
      hint: {
        fr: 'La place des jeunes et des migrants dans l’action, et la prise en compte du genre.',
        ar: 'مكانة الشباب والمهاجرين في الإجراء، ومراعاة مقاربة النوع الاجتماعي.',
        en: 'The place of young people and migrants in the action, and attention to gender.',
      },
    },
  ],
}
