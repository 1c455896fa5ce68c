/** The preview cards, `/og/<page>.png`: `src/build/og-cards/` lists, draws and caches them. */
export { getStaticPaths, GET } from '../../build/og-cards/route';
