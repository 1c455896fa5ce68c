/** The preview cards, `/og/<page>.png`: `src/integrations/og-cards/` lists, draws and caches them. */
export { getStaticPaths, GET } from '../../integrations/og-cards/route';
