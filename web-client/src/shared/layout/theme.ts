import type { ThemeConfig } from 'antd';

/**
 * The SPA's antd theme, chosen for WCAG 2.1 AA contrast (4.5:1 for text) on white, on the page's
 * #f3f6fb and on antd's light status backgrounds. antd's defaults miss it: #1677ff blue is 4.1:1
 * (links, tabs, and white text on primary buttons), #ff4d4f red 3.3:1, #52c41a green 2.3:1, and the
 * secondary, description and placeholder greys (45% and 25% black) 3.4:1 and 1.6:1.
 * Blue and red stay the two meaningful colours and stay far apart in hue; only their lightness moved.
 */
export const BRAND_BLUE = '#1668dc'; // 5.2:1 on white, 4.8:1 on #f3f6fb, 4.6:1 on the selected-item #e6f4ff
export const BRAND_BLUE_HOVER = '#1458b8'; // 6.7:1 under white text
export const ALERT_RED = '#d32029'; // 5.2:1 on white, 4.8:1 on the error tag's #fff1f0

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    // antd hovers a step lighter, where white text falls to 3.7:1; a step darker keeps it readable.
    colorPrimaryHover: BRAND_BLUE_HOVER,
    colorLinkHover: BRAND_BLUE_HOVER,
    // Links and the 待审核 (processing) tag take the info colour, which is not derived from the primary.
    colorInfo: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    colorError: ALERT_RED,
    colorErrorHover: '#b71c24', // 6.6:1 under white text
    colorSuccess: '#2b7a0b', // the 认证通过 tag and success text: 5.3:1 on its background
    colorWarning: '#ad4e00', // the warning tag and text: 5.2:1; the alert's icon turns amber-brown
    // antd derives a status colour's background from it, and from these darker ones a murky grey-green
    // (2.7:1 under the tag's text): keep antd's usual light backgrounds and borders.
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.56)', // descriptions' labels, form help, counts: 4.7:1
    colorTextDescription: 'rgba(0, 0, 0, 0.56)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Disabled controls are exempt from the contrast rule, but a locked (disabled) field still shows the
    // teacher's verified name and ID: lighter than normal text, yet readable (4.9:1 on the grey field).
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    borderRadius: 8,
  },
  components: {
    // A selected table row darkens further under the mouse, to where its red 从学校移除 link is 3.8:1;
    // lighten it instead (red 4.8:1, blue 4.8:1).
    Table: { rowSelectedHoverBg: '#eef7ff' },
  },
};
