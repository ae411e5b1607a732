import { Icon } from '../board/icons.js'

// The board's icons, drawn a size smaller to sit in the panel's rows.
export const HistoryIcon = () => (
  <Icon size={18}>
    <path d="M3.5 10a6.5 6.5 0 1 0 1.9-4.6" />
    <path d="M3 3.5v3.2h3.2" />
    <path d="M10 6.5V10l2.5 1.8" />
  </Icon>
)
export const CloseIcon = () => (
  <Icon size={18}>
    <path d="M5 5l10 10M15 5L5 15" />
  </Icon>
)
/** Points back to the list: left in French and English, right in Arabic. */
export const BackIcon = () => (
  <Icon size={18} className="history-flip">
    <path d="M12 4.5L6.5 10l5.5 5.5" />
  </Icon>
)
export const EyeIcon = () => (
  <Icon size={18}>
    <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10z" />
    <circle cx="10" cy="10" r="2.3" />
  </Icon>
)
export const RestoreIcon = () => (
  <Icon size={18}>
    <path d="M4 8.5A6.3 6.3 0 1 1 4.6 13" />
    <path d="M3.5 4.5v4h4" />
  </Icon>
)
export const SaveIcon = () => (
  <Icon size={18}>
    <path d="M6 3.5h8a1.5 1.5 0 0 1 1.5 1.5v12l-5.5-3.5L4.5 17V5A1.5 1.5 0 0 1 6 3.5z" />
  </Icon>
)
