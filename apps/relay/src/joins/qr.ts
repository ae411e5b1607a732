import QRCode from 'qrcode'

/** Error correction M (15 %): still reads from a crumpled printout or a dim phone screen. */
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const

/** The link as a QR code in SVG, black on white, scalable for print. */
export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { ...OPTIONS, type: 'svg' })
}

/** The link as a QR code in PNG, 512 pixels wide, for messaging apps that take images only. */
export function qrPng(link: string): Promise<Buffer> {
  return QRCode.toBuffer(link, { ...OPTIONS, type: 'png', width: 512 })
}
