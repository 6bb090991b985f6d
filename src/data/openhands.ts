// OpenHands facts used by the sources and checks, from OpenHands' source (openhands/core/config, server/settings).

/** LLMConfig's fields in OpenHands 0.62 (extra='forbid': any other key drops the table). */
export const LLM_CONFIG_FIELDS: readonly string[] = [
  'model',
  'api_key',
  'base_url',
  'api_version',
  'custom_llm_provider',
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_region_name',
  'num_retries',
  'retry_multiplier',
  'retry_min_wait',
  'retry_max_wait',
  'timeout',
  'max_message_chars',
  'temperature',
  'top_p',
  'top_k',
  'max_input_tokens',
  'max_output_tokens',
  'input_cost_per_token',
  'output_cost_per_token',
  'ollama_base_url',
  'drop_params',
  'modify_params',
  'disable_vision',
  'disable_stop_word',
  'caching_prompt',
  'log_completions',
  'log_completions_folder',
  'custom_tokenizer',
  'native_tool_calling',
  'reasoning_effort',
  'seed',
  'safety_settings',
  'for_routing',
  'correct_num',
  'completion_kwargs',
  'openrouter_site_url',
  'openrouter_app_name',
];

/** Host paths of the Web UI settings file, newest era first (reference §4.1). */
export const HOST_SETTINGS_PATHS: readonly string[] = [
  '~/.openhands/settings.json', // 0.45+ (Docker GUI and pip CLI)
  '~/.openhands-state/settings.json', // 0.18 to 0.44
  '~/.openhands/agent_settings.json', // new CLI 1.x
];

export const HOST_CONFIG_PATHS: readonly string[] = ['config.toml', '~/.openhands/config.toml'];

/** Model prefixes that send an Anthropic key somewhere that will not take it (reference §6). */
export const PROXY_PREFIXES: readonly string[] = ['openhands/', 'litellm_proxy/'];
