// The secrets promise through Zed's, Open WebUI's and LibreChat's own sources: for any generated key or token,
// in any of their key, model, URL or name slots (settings.json, the OPENAI_API_* lists in .env, the
// environment or a compose file, LibreChat's .env and librechat.yaml with its references, the file or URL its
// CONFIG_PATH names, endpoints.anthropic's models, a custom endpoint's baseURL without /v1), no output format
// (text, json, github, sarif) in either language holds a 12-character piece of it.
import { noKeyLeaksFrom, type Places } from './support/leak-property.js';

const j = (raw: string) => JSON.stringify(raw);
const y = j;
const ZED = 'home/.config/zed/settings.json';
const zed = (anthropic: string) => `{ "language_models": { "anthropic": { ${anthropic} } } }\n`;
const LC = (entry: string) => `endpoints:\n  custom:\n    - name: Claude\n      provider: anthropic\n${entry}`;
const URLS = 'OPENAI_API_BASE_URLS=https://api.openai.com/v1;https://api.anthropic.com/v1';

/** Each place: the files under the case (home/ and proj/, the working folder) and the variables. */
const PLACES: Places = {
  'zed api_url': (r) => ({ files: { [ZED]: zed(`"api_url": ${j(`https://u:${r}@gw.example`)}`) } }),
  'zed model': (r) => ({ files: { [ZED]: zed(`"available_models": [{ "name": ${j(r)} }]`) } }),
  'zed default model': (r) => ({
    files: { [ZED]: `{ "agent": { "default_model": { "provider": "anthropic", "model": ${j(r)} } } }\n` },
  }),
  'zed environment key': (r) => ({
    files: { [ZED]: zed('"api_url": "https://api.anthropic.com"') },
    env: { ANTHROPIC_API_KEY: r },
  }),
  'open-webui .env key': (r) => ({ files: { 'proj/.env': `${URLS}\nOPENAI_API_KEYS='sk-x;${r}'\n` } }),
  'open-webui .env url': (r) => ({ files: { 'proj/.env': `OPENAI_API_BASE_URLS='https://api.anthropic.com/${r}'\n` } }),
  'open-webui environment key': (r) => ({
    files: {},
    env: { OPENAI_API_BASE_URLS: 'https://api.anthropic.com/v1', OPENAI_API_KEYS: r },
  }),
  'open-webui compose key': (r) => ({
    files: {
      'proj/compose.yaml': `services:\n  w:\n    environment:\n      ${URLS.replace('=', ': ')}\n      OPENAI_API_KEYS: ${y(`x;${r}`)}\n`,
    },
  }),
  'open-webui compose reference': (r) => ({
    files: {
      'proj/compose.yaml': `services:\n  w:\n    environment:\n      - ${URLS}\n      - OPENAI_API_KEYS=x;\${WORK}\n`,
      'proj/.env': `WORK='${r}'\n`,
    },
  }),
  'librechat .env key': (r) => ({ files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_API_KEY='${r}'\n` } }),
  'librechat .env models': (r) => ({ files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_MODELS='${r},x'\n` } }),
  'librechat .env proxy': (r) => ({
    files: { 'proj/.env': `CREDS_KEY=x\nANTHROPIC_REVERSE_PROXY='https://gw.example/${r}'\n` },
  }),
  'librechat apiKey': (r) => ({ files: { 'proj/librechat.yaml': LC(`      apiKey: ${y(r)}\n`) } }),
  'librechat apiKey reference': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      apiKey: "\${WORK}"\n`), 'proj/.env': `WORK='${r}'\n` },
  }),
  'librechat apiKey reference in the environment': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      apiKey: "\${WORK}"\n`) },
    env: { WORK: r },
  }),
  'librechat baseURL': (r) => ({
    files: { 'proj/librechat.yaml': LC(`      baseURL: ${y(`https://gw.example/${r}/v1`)}\n`) },
  }),
  'librechat model': (r) => ({ files: { 'proj/librechat.yaml': LC(`      models:\n        default: [${y(r)}]\n`) } }),
  'librechat CONFIG_PATH file': (r) => ({
    files: { 'proj/.env': `CREDS_KEY=x\nCONFIG_PATH='conf/${r}/librechat.yaml'\n` },
  }),
  'librechat CONFIG_PATH file in the environment': (r) => ({
    files: { 'proj/librechat.yaml': 'version: 1.2.8\n' },
    env: { CONFIG_PATH: `${r}.yaml` },
  }),
  'librechat CONFIG_PATH file named by the key': (r) => ({
    files: { 'proj/.env': `CREDS_KEY=x\nCONFIG_PATH='${r}.yaml'\n`, [`proj/${r}.yaml`]: 'version: 1.2.8\n' },
  }),
  'librechat CONFIG_PATH URL': (r) => ({
    files: { 'proj/.env': `CREDS_KEY=x\nCONFIG_PATH='https://raw.example/${r}/librechat.yaml?t=${r}'\n` },
  }),
  'librechat apiKey at CONFIG_PATH': (r) => ({
    files: {
      'proj/.env': 'CREDS_KEY=x\nCONFIG_PATH=conf/lc.yaml\n',
      'proj/conf/lc.yaml': LC(`      apiKey: ${y(r)}\n`),
    },
  }),
  'librechat endpoints.anthropic titleModel': (r) => ({
    files: { 'proj/librechat.yaml': `endpoints:\n  anthropic:\n    titleModel: ${y(r)}\n` },
  }),
  'librechat endpoints.anthropic models': (r) => ({
    files: {
      'proj/.env': 'ANTHROPIC_API_KEY=user_provided\n',
      'proj/librechat.yaml': `endpoints:\n  anthropic:\n    models:\n      default: [claude-sonnet-4-6, ${y(r)}]\n`,
    },
  }),
  'librechat baseURL without /v1': (r) => ({
    files: {
      'proj/librechat.yaml': `endpoints:\n  custom:\n    - name: C\n      apiKey: k\n      baseURL: ${y(`https://api.anthropic.com/${r}`)}\n`,
    },
  }),
  'librechat name': (r) => ({
    files: { 'proj/librechat.yaml': `endpoints:\n  custom:\n    - name: ${y(r)}\n      provider: anthropic\n` },
  }),
};

noKeyLeaksFrom({
  name: 'no raw key from a Zed, Open WebUI or LibreChat source in any output',
  places: PLACES,
  folders: ['home', 'proj'],
  cwd: 'proj',
  seed: 20261215,
});
