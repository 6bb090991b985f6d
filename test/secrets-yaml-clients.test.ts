// The secrets promise through aider's, Continue's and Goose's own sources: for any generated key or token,
// in any of their key, model, URL or name slots (YAML values, their .env files, their variables), no output
// format (text, json, github, sarif) in either language holds a 12-character piece of it.
import { noKeyLeaksFrom, type Places } from './support/leak-property.js';

const y = (raw: string) => JSON.stringify(raw);
const CONTINUE = (fields: string) =>
  `models:\n  - name: Claude\n    provider: anthropic\n    model: claude-sonnet-4-6\n${fields}`;
const GOOSE = 'GOOSE_PROVIDER: anthropic\n';

/** Each place: the files under the case (home/ and proj/, the working folder) and the variables. */
const PLACES: Places = {
  'aider anthropic-api-key': (r) => ({ files: { 'home/.aider.conf.yml': `anthropic-api-key: ${y(r)}\n` } }),
  'aider api-key list': (r) => ({ files: { 'proj/.aider.conf.yml': `api-key:\n  - ${y(`anthropic=${r}`)}\n` } }),
  'aider model': (r) => ({ files: { 'home/.aider.conf.yml': `model: ${y(r)}\n` } }),
  'aider home .env': (r) => ({ files: { 'home/.env': `AIDER_ANTHROPIC_API_KEY='${r}'\n` } }),
  'aider git-root .env': (r) => ({
    files: { 'proj/.env': `ANTHROPIC_API_KEY='${r}'\n`, 'proj/sub/.aider.conf.yml': 'model: claude-sonnet-4-6\n' },
  }),
  'aider variable': (r) => ({ files: {}, env: { AIDER_ANTHROPIC_API_KEY: r } }),
  'continue apiKey': (r) => ({ files: { 'home/.continue/config.yaml': CONTINUE(`    apiKey: ${y(r)}\n`) } }),
  'continue apiBase': (r) => ({
    files: { 'home/.continue/config.yaml': CONTINUE(`    apiBase: ${y(`https://u:${r}@gw.example/v1/`)}\n`) },
  }),
  'continue name': (r) => ({
    files: { 'home/.continue/config.yaml': `models:\n  - name: ${y(r)}\n    provider: anthropic\n` },
  }),
  'continue ~/.continue/.env': (r) => ({
    files: {
      'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.WORK }}\n`),
      'home/.continue/.env': `WORK='${r}'\n`,
    },
  }),
  'continue workspace .env': (r) => ({
    files: {
      'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.ANTHROPIC_API_KEY }}\n`),
      'proj/.continue/.env': `ANTHROPIC_API_KEY='${r}'\n`,
    },
  }),
  'continue shell secret': (r) => ({
    files: { 'home/.continue/config.yaml': CONTINUE(`    apiKey: \${{ secrets.WORK }}\n`) },
    env: { WORK: r },
  }),
  'goose secrets.yaml': (r) => ({
    files: {
      'home/.config/goose/config.yaml': GOOSE,
      'home/.config/goose/secrets.yaml': `ANTHROPIC_API_KEY: ${y(r)}\n`,
    },
    env: { GOOSE_DISABLE_KEYRING: '1' },
  }),
  'goose model': (r) => ({ files: { 'home/.config/goose/config.yaml': `${GOOSE}GOOSE_MODEL: ${y(r)}\n` } }),
  'goose host variable': (r) => ({
    files: { 'home/.config/goose/config.yaml': GOOSE },
    env: { ANTHROPIC_HOST: `https://gw.example/${r}` },
  }),
};

noKeyLeaksFrom({
  name: 'no raw key from an aider, Continue or Goose source in any output',
  places: PLACES,
  folders: ['home', 'proj/sub', 'proj/.git'],
  cwd: 'proj/sub',
  seed: 20261201,
});
