// Written by `npm run text:advances` (scripts/text-advances.ts) from DejaVu Sans Version 2.37: do not edit.

/** The characters measured, in the order of the widths below. */
export const ADVANCE_CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—‘’“”×…·°≈→•';

/** Added to a width in hundredths of an em to make its character in the tables below. */
export const ADVANCE_OFFSET = 16;

/** Each character's advance in DejaVu Sans: the code of its character here, less the offset, in hundredths of an em. */
export const REGULAR_ADVANCES =
  '08>dPo^,77Bd0402PPPPPPPPPP22dddEtTUV]OJ^[..RHf[_L_VPMYTsUMU727dBBMPGPN3PO,,J,qOMPP9D7OKbKKEP2PdBt00DDdt0BddK';

/** Each character's advance in DejaVu Sans Bold, as REGULAR_ADVANCES. */
export const BOLD_ADVANCES =
  '3>DdVtg/>>Dd6:65VVVVVVVVVV88dddJt]\\YcTTbd55^PtdeYe]XTa]~]XY>5>dBBTXKXT<XW22S2xWUXXAL@WQlQQJW5WdBt66RRdt6BddP';
