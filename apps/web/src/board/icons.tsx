import type { ReactNode } from 'react'

/** Stroke icons on a 20-unit grid, drawn in the current text colour (the history panel's too). */
export function Icon({
  children,
  size = 20,
  className,
}: {
  children: ReactNode
  size?: number
  className?: string
}) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.7}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  )
}

export const PlusIcon = () => (
  <Icon>
    <path d="M10 4v12M4 10h12" />
  </Icon>
)
export const MinusIcon = () => (
  <Icon>
    <path d="M4 10h12" />
  </Icon>
)
export const FitIcon = () => (
  <Icon>
    <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />
    <rect x="7" y="7" width="6" height="6" rx="1" />
  </Icon>
)
export const NoteIcon = () => (
  <Icon>
    <path d="M4 3h12v9l-5 5H4z" />
    <path d="M11 17v-5h5" />
  </Icon>
)
export const FrameIcon = () => (
  <Icon>
    <rect x="3" y="3" width="14" height="14" rx="1.5" />
    <path d="M3 8h14M8 8v9M12.5 8v9" />
  </Icon>
)
export const UndoIcon = () => (
  <Icon>
    <path d="M7 5L3 9l4 4" />
    <path d="M3 9h9a5 5 0 0 1 0 10h-2" />
  </Icon>
)
export const RedoIcon = () => (
  <Icon>
    <path d="M13 5l4 4-4 4" />
    <path d="M17 9H8a5 5 0 0 0 0 10h2" />
  </Icon>
)
export const TrashIcon = () => (
  <Icon>
    <path d="M4 6h12M8 6V4h4v2M6 6l1 11h6l1-11" />
  </Icon>
)
export const CloseIcon = () => (
  <Icon>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
)
export const EyeIcon = () => (
  <Icon>
    <path d="M2 10s3-6 8-6 8 6 8 6-3 6-8 6-8-6-8-6z" />
    <circle cx="10" cy="10" r="2.5" />
  </Icon>
)
export const ChevronIcon = () => (
  <Icon size={14}>
    <path d="M6 8l4 4 4-4" />
  </Icon>
)
export const TargetIcon = () => (
  <Icon>
    <circle cx="10" cy="10" r="6.5" />
    <circle cx="10" cy="10" r="2" />
  </Icon>
)
