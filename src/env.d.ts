declare namespace App {
  interface Locals {
    /** The page's language, set once by the middleware from the URL. */
    lang: import('./site.config').Lang;
    /** UI strings in the page's language. */
    t: import('i18next').TFunction;
  }
}
