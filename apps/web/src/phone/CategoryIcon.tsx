import { CATEGORY_COLOURS, label } from '@atelier/model'
import type { Locale, NoteCategory } from '@atelier/model'

// One distinct silhouette per category, so a category reads without its colour.
const PATHS: Readonly<Record<NoteCategory, string>> = {
  // A magnifying glass: something observed.
  finding:
    'M10 3a7 7 0 1 0 4.2 12.6l5.1 5.1 1.4-1.4-5.1-5.1A7 7 0 0 0 10 3Zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10Z',
  // A heart: something people need.
  need: 'M12 21s-7.5-4.6-9.3-9.1C1.4 8.6 3.4 5 7 5c2 0 3.4 1.1 5 3 1.6-1.9 3-3 5-3 3.6 0 5.6 3.6 4.3 6.9C19.5 16.4 12 21 12 21Z',
  // An arrow moving forward: something to do.
  action: 'M4 11h11.2l-4.6-4.6L12 5l7 7-7 7-1.4-1.4 4.6-4.6H4v-2Z',
  // A person: who acts.
  actor: 'M12 3a4 4 0 1 1 0 8 4 4 0 0 1 0-8Zm0 10c4.4 0 8 2.2 8 5v3H4v-3c0-2.8 3.6-5 8-5Z',
  // A star: what the group recommends.
  recommendation:
    'm12 2.5 2.9 6 6.6.8-4.9 4.5 1.3 6.5L12 17.1l-5.9 3.2 1.3-6.5-4.9-4.5 6.6-.8 2.9-6Z',
  // A warning triangle: what could go wrong.
  risk: 'M12 2 1 21h22L12 2Zm-1 7h2v6h-2V9Zm0 8h2v2h-2v-2Z',
}

/** A category's icon; decorative, since its name is always written beside it. */
export function CategoryIcon({ category, size = 20 }: { category: NoteCategory; size?: number }) {
  return (
    <svg
      className="phone-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[category]} fill="currentColor" />
    </svg>
  )
}

/** A category's icon and name on its colour, as notes and pickers show it. */
export function CategoryBadge({ category, locale }: { category: NoteCategory; locale: Locale }) {
  return (
    <span className="phone-badge" style={{ backgroundColor: CATEGORY_COLOURS[category] }}>
      <CategoryIcon category={category} size={16} />
      {label(`category.${category}`, locale)}
    </span>
  )
}
