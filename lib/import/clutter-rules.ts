/**
 * Named rules for the page clutter that comes along when a reader copies a news page
 * ("select all" + paste, or "save as text"). Each rule says what it removes so that a
 * dropped paragraph can be explained; patterns match whole short lines, never prose.
 */
export interface ClutterRule {
  name: string;
  matches: (paragraph: string) => boolean;
}

const line = (name: string, pattern: RegExp): ClutterRule => ({ name, matches: (p) => pattern.test(p) });

/** Paragraphs dropped wherever they appear. */
export const LINE_RULES: readonly ClutterRule[] = [
  line("tracking-word", /^(scorecardresearch|comscore|chartbeat|googletag|adsbygoogle|gtag|fbq|_satellite)[\w.()-]*$/i),
  line("follow-or-share", /^(follow us( on)?|share( this)?( article| story| post)?|share on \w+|tweet( this)?|email this|print( this)?)\s*:?$/i),
  line("text-size", /^(text|font) size\s*:?(\s*a[-+]?)*$/i),
  line("advertisement", /^(advertisement|advertisements|sponsored( content)?|ad|story continues below( this)? (ad|advertisement)|continue reading below|scroll to continue with content)$/i),
  line("comment-form", /^(leave a (reply|comment)|please enter your (comment|name|email)[^.]*!?|post comment|you have entered an incorrect email address!?|save my name, email,? and website in this browser.*)$/i),
  line("subscribe-channels", /^(subscribe to (our|the) (channels?|newsletters?|youtube|podcast)|join (us|our channel) on (whatsapp|telegram))\b.{0,80}$/i),
  line("also-read", /^(also read|read also|read more|must read|related)\s*[:|–—-]\s*.{0,200}$/i),
  line("disclaimer", /^(\(?disclaimer\s*:.*|\(?this (story|report|article) (has not been edited|is auto[- ]generated|was auto[- ]generated|is published from).*)$/i),
  line("breadcrumb", /^(home(?=[\p{Lu}»›>/|])|home\s*[»›>/|]).*$/u),
];

/**
 * Headings that open a block of promotional paragraphs: the heading and the paragraphs
 * after it that keep talking about support or subscriptions are dropped together.
 */
export const BLOCK_RULES: readonly { name: string; heading: RegExp; continues: RegExp }[] = [
  {
    name: "support-plea",
    heading: /^support (our|independent|quality) journalism\s*[.!]?$/i,
    continues: /journalism|subscri|support|readers|donat|contribut|clicking here|paywall/i,
  },
];

/**
 * Headings after which nothing is article text any more: comment forms, tag lists,
 * "most popular" rails. The article ends at the first of them after its first paragraph.
 */
export const FOOTER_MARKERS: readonly ClutterRule[] = [
  line("comments-section", /^(leave a reply|leave a comment|comments?( \(\d+\))?|\d+ comments?|join the conversation)$/i),
  line("tag-list", /^([•·*-]\s*tags?\s*:?.{0,200}|tags?\s*(:.{0,200})?)$/i),
  line("more-stories", /^(most popular|most read|trending( now)?|recommended( for you)?|related (stories|articles|news)|more from .{1,40}|you may (also )?like|latest news|top stories)$/i),
];
