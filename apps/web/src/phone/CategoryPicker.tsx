import { useId } from 'react'
import type { CSSProperties } from 'react'
import { CATEGORY_COLOURS, NoteCategory, label } from '@atelier/model'
import type { Locale } from '@atelier/model'
import { CategoryIcon } from './CategoryIcon.js'
import './composer.css'

export const CATEGORIES = Object.values(NoteCategory)

/** Six large radio buttons, each with its category's icon, name and colour. */
export function CategoryPicker(props: {
  legend: string
  value: NoteCategory
  onChange: (category: NoteCategory) => void
  locale: Locale
}) {
  const name = useId()
  return (
    <fieldset className="phone-categories">
      <legend className="phone-label">{props.legend}</legend>
      <div className="phone-categories-grid">
        {CATEGORIES.map((category) => (
          <label
            key={category}
            className="phone-category"
            style={{ '--category': CATEGORY_COLOURS[category] } as CSSProperties}
          >
            <input
              type="radio"
              name={name}
              value={category}
              checked={props.value === category}
              onChange={() => props.onChange(category)}
            />
            <CategoryIcon category={category} />
            <span>{label(`category.${category}`, props.locale)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
