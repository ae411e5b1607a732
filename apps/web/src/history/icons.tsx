import type { ReactNode } from 'react'

/** Stroke icons on a 20-unit grid, drawn in the current text colour (as the board's). */
function Icon({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <svg
      className={className}
      width={18}
      height={18}
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

export const HistoryIcon = () => (
  <Icon>
    <path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6" />
    <path d="M3 3.5v3.2h3.2" />
    <path d="M10 6.5V10l2.5 1.8" />
  </Icon>
)
export const CloseIcon = () => (
  <Icon>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
)
/** Points back to the list: left in French and English, right in Arabic. */
export const BackIcon = () => (
  <Icon className="history-flip">
    <path d="M12 4.5L6.5 10l5.5 5.5" />
  </Icon>
)
export const EyeIcon = () => (
  <Icon>
    <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z" />
    <circle cx="10" cy="10" r="2.3" />
  </Icon>
)
export const RestoreIcon = () => (
  <Icon>
    <path d="M4 8.5A6.3 6.3 0 1 1 4.6 13" />
    <path d="M3.5 4.5v4h4" />
  </Icon>
)
export const SaveIcon = () => (
  <Icon>
    <path d="M6 3.5h8a1.5 1.5 0 0 1 1.5 1.5v12l-5.5-3.5L4.5 17V5A1.5 1.5 0 0 1 6 3.5z" />
  </Icon>
)
