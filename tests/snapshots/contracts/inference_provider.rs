/// Types generated from `contracts/inference-provider.schema.json` (`urn:srcos:agent-machine:schema:inference-provider:v0.1.0`).
pub mod inference_provider {
///Describes a model-serving runtime available to agent workloads (for example llama.cpp or vLLM): its type, status, supported profiles, API surfaces, how it runs, where its models are stored, its capabilities, and the policy that gates its use. A provider discovered by a probe has status probe-only; describing a provider never activates it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProvider {
    ///APIs the provider exposes (OpenAI-compatible chat, completions, embeddings or rerank, Anthropic messages, MCP tools, vision-language, OCR, native CLI or HTTP); at least one, each at most once.
    #[serde(rename = "apiSurfaces")]
    pub api_surfaces: ::agent_machine::contracts::wire::NonEmptyUniqueList<
        InferenceProviderApiSurfacesItem,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<InferenceProviderCapabilities>,
    ///Unique identifier of this inference provider: a URN of the form urn:srcos:agent-machine:inference-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: InferenceProviderId,
    ///Kind discriminator of the document; always "InferenceProvider", so a document of another kind can never be taken for this one.
    pub kind: InferenceProviderKind,
    ///Optional string-to-string metadata labels on the inference provider (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    #[serde(rename = "modelStore")]
    pub model_store: InferenceProviderModelStore,
    pub policy: InferenceProviderPolicy,
    ///SourceOS machine profiles on which the provider is supported; each profile at most once.
    #[serde(
        rename = "profileSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub profile_support: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<
            ::agent_machine::contracts::wire::Profile,
        >,
    >,
    ///Inference engine or API family of the provider, e.g. llama.cpp, vllm, an OpenAI- or Anthropic-compatible local server, or a governed remote endpoint.
    #[serde(rename = "providerType")]
    pub provider_type: InferenceProviderProviderType,
    pub runtime: InferenceProviderRuntime,
    ///Version of the contract this inference provider conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: InferenceProviderSpecVersion,
    ///Availability of the provider: enabled, disabled, probe-only (discovered by a probe and never started by it), or unavailable.
    pub status: InferenceProviderStatus,
}
///`InferenceProviderApiSurfacesItem`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderApiSurfacesItem {
    #[serde(rename = "openai-chat-completions")]
    OpenaiChatCompletions,
    #[serde(rename = "openai-completions")]
    OpenaiCompletions,
    #[serde(rename = "openai-embeddings")]
    OpenaiEmbeddings,
    #[serde(rename = "openai-rerank")]
    OpenaiRerank,
    #[serde(rename = "anthropic-messages")]
    AnthropicMessages,
    #[serde(rename = "mcp-tools")]
    McpTools,
    #[serde(rename = "vlm")]
    Vlm,
    #[serde(rename = "ocr")]
    Ocr,
    #[serde(rename = "native-cli")]
    NativeCli,
    #[serde(rename = "native-http")]
    NativeHttp,
}
impl ::std::fmt::Display for InferenceProviderApiSurfacesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::OpenaiChatCompletions => f.write_str("openai-chat-completions"),
            Self::OpenaiCompletions => f.write_str("openai-completions"),
            Self::OpenaiEmbeddings => f.write_str("openai-embeddings"),
            Self::OpenaiRerank => f.write_str("openai-rerank"),
            Self::AnthropicMessages => f.write_str("anthropic-messages"),
            Self::McpTools => f.write_str("mcp-tools"),
            Self::Vlm => f.write_str("vlm"),
            Self::Ocr => f.write_str("ocr"),
            Self::NativeCli => f.write_str("native-cli"),
            Self::NativeHttp => f.write_str("native-http"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderApiSurfacesItem {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "openai-chat-completions" => Ok(Self::OpenaiChatCompletions),
            "openai-completions" => Ok(Self::OpenaiCompletions),
            "openai-embeddings" => Ok(Self::OpenaiEmbeddings),
            "openai-rerank" => Ok(Self::OpenaiRerank),
            "anthropic-messages" => Ok(Self::AnthropicMessages),
            "mcp-tools" => Ok(Self::McpTools),
            "vlm" => Ok(Self::Vlm),
            "ocr" => Ok(Self::Ocr),
            "native-cli" => Ok(Self::NativeCli),
            "native-http" => Ok(Self::NativeHttp),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderApiSurfacesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for InferenceProviderApiSurfacesItem {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Features the provider supports; an absent flag means the feature is not declared.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderCapabilities {
    ///Whether the provider batches concurrent requests continuously.
    #[serde(
        rename = "continuousBatching",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub continuous_batching: ::std::option::Option<bool>,
    ///Whether the provider produces embedding vectors.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub embeddings: ::std::option::Option<bool>,
    ///Whether the provider keeps an attention key/value cache.
    #[serde(rename = "kvCache", skip_serializing_if = "::std::option::Option::is_none")]
    pub kv_cache: ::std::option::Option<bool>,
    ///Whether the provider extracts text from images.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr: ::std::option::Option<bool>,
    ///Whether the provider reuses cached prompt prefixes across requests.
    #[serde(
        rename = "prefixCache",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix_cache: ::std::option::Option<bool>,
    ///Whether the provider reranks candidate documents against a query.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reranking: ::std::option::Option<bool>,
    ///Whether the provider generates text completions or chat responses.
    #[serde(
        rename = "textGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text_generation: ::std::option::Option<bool>,
    ///Whether the provider supports structured tool (function) calling.
    #[serde(
        rename = "toolCalling",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_calling: ::std::option::Option<bool>,
    ///Whether the provider accepts image input.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub vision: ::std::option::Option<bool>,
}
///Unique identifier of this inference provider: a URN of the form urn:srcos:agent-machine:inference-provider:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct InferenceProviderId(::std::string::String);
impl ::std::ops::Deref for InferenceProviderId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<InferenceProviderId> for ::std::string::String {
    fn from(value: InferenceProviderId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for InferenceProviderId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:inference-provider:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:inference-provider:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for InferenceProviderId {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///Kind discriminator of the document; always "InferenceProvider", so a document of another kind can never be taken for this one.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderKind {
    InferenceProvider,
}
impl ::std::fmt::Display for InferenceProviderKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::InferenceProvider => f.write_str("InferenceProvider"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "InferenceProvider" => Ok(Self::InferenceProvider),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Where the provider's model files are stored and how they are identified.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderModelStore {
    ///Id of the CacheTier that holds the models (a urn:srcos:agent-machine:cache-tier: URN).
    #[serde(
        rename = "cacheTierId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_tier_id: ::std::option::Option<::std::string::String>,
    ///Format of the model files: GGUF, safetensors, MLX, ONNX, mixed, or unknown.
    pub format: InferenceProviderModelStoreFormat,
    ///Absolute path of the directory that holds the provider's models.
    pub path: ::std::string::String,
    ///Whether every model must be identified by a content digest before it is used; true when absent.
    #[serde(
        rename = "requiresDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub requires_digest: ::std::option::Option<bool>,
}
///Format of the model files: GGUF, safetensors, MLX, ONNX, mixed, or unknown.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderModelStoreFormat {
    #[serde(rename = "gguf")]
    Gguf,
    #[serde(rename = "safetensors")]
    Safetensors,
    #[serde(rename = "mlx")]
    Mlx,
    #[serde(rename = "onnx")]
    Onnx,
    #[serde(rename = "mixed")]
    Mixed,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for InferenceProviderModelStoreFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Gguf => f.write_str("gguf"),
            Self::Safetensors => f.write_str("safetensors"),
            Self::Mlx => f.write_str("mlx"),
            Self::Onnx => f.write_str("onnx"),
            Self::Mixed => f.write_str("mixed"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderModelStoreFormat {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "gguf" => Ok(Self::Gguf),
            "safetensors" => Ok(Self::Safetensors),
            "mlx" => Ok(Self::Mlx),
            "onnx" => Ok(Self::Onnx),
            "mixed" => Ok(Self::Mixed),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderModelStoreFormat {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for InferenceProviderModelStoreFormat {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Governance requirements for using the provider.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderPolicy {
    ///Whether using the provider requires an Agent Registry grant.
    #[serde(rename = "agentRegistryRequired")]
    pub agent_registry_required: bool,
    ///Always false (const): secret values may never appear in provider configuration; only references to secrets held elsewhere are allowed.
    #[serde(rename = "allowSecretInConfig")]
    pub allow_secret_in_config: ::agent_machine::contracts::wire::ConstFalse,
    ///Whether reusing the provider's caches (KV or prompt-prefix cache) across sessions requires an explicit policy decision.
    #[serde(
        rename = "cacheReuseRequiresPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_reuse_requires_policy: ::std::option::Option<bool>,
    ///Whether using the provider requires a Policy Fabric admission.
    #[serde(rename = "policyFabricRequired")]
    pub policy_fabric_required: bool,
    ///Whether deploying the provider must produce receipts.
    #[serde(rename = "receiptRequired")]
    pub receipt_required: bool,
    ///Whether tool calls made through the provider require an Agent Registry grant.
    #[serde(
        rename = "toolUseRequiresGrant",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_use_requires_grant: ::std::option::Option<bool>,
}
///Inference engine or API family of the provider, e.g. llama.cpp, vllm, an OpenAI- or Anthropic-compatible local server, or a governed remote endpoint.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderProviderType {
    #[serde(rename = "llama.cpp")]
    LlamaCpp,
    #[serde(rename = "vllm")]
    Vllm,
    #[serde(rename = "sglang")]
    Sglang,
    #[serde(rename = "omlx")]
    Omlx,
    #[serde(rename = "mlx-lm")]
    MlxLm,
    #[serde(rename = "ollama-compatible")]
    OllamaCompatible,
    #[serde(rename = "openai-compatible-local")]
    OpenaiCompatibleLocal,
    #[serde(rename = "anthropic-compatible-local")]
    AnthropicCompatibleLocal,
    #[serde(rename = "remote-governed")]
    RemoteGoverned,
}
impl ::std::fmt::Display for InferenceProviderProviderType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LlamaCpp => f.write_str("llama.cpp"),
            Self::Vllm => f.write_str("vllm"),
            Self::Sglang => f.write_str("sglang"),
            Self::Omlx => f.write_str("omlx"),
            Self::MlxLm => f.write_str("mlx-lm"),
            Self::OllamaCompatible => f.write_str("ollama-compatible"),
            Self::OpenaiCompatibleLocal => f.write_str("openai-compatible-local"),
            Self::AnthropicCompatibleLocal => f.write_str("anthropic-compatible-local"),
            Self::RemoteGoverned => f.write_str("remote-governed"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderProviderType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "llama.cpp" => Ok(Self::LlamaCpp),
            "vllm" => Ok(Self::Vllm),
            "sglang" => Ok(Self::Sglang),
            "omlx" => Ok(Self::Omlx),
            "mlx-lm" => Ok(Self::MlxLm),
            "ollama-compatible" => Ok(Self::OllamaCompatible),
            "openai-compatible-local" => Ok(Self::OpenaiCompatibleLocal),
            "anthropic-compatible-local" => Ok(Self::AnthropicCompatibleLocal),
            "remote-governed" => Ok(Self::RemoteGoverned),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderProviderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderProviderType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///How the provider process is run.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InferenceProviderRuntime {
    ///Compute backend the provider uses: the CPU or a GPU compute API (Vulkan, CUDA, ROCm, Metal, MLX), or unknown.
    pub acceleration: ::agent_machine::contracts::wire::Accelerator,
    ///Command or binary that starts the provider, e.g. llama-server.
    #[serde(rename = "commandRef")]
    pub command_ref: ::std::string::String,
    ///Base URL at which the provider serves requests, e.g. http://127.0.0.1:8080; it must not embed credentials.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    ///HTTP path of the provider's health check, relative to the endpoint, e.g. /health.
    #[serde(
        rename = "healthPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_path: ::std::option::Option<::std::string::String>,
    ///Execution mode: a local process, a systemd unit, a Podman or Podman Quadlet container, Docker, Kubernetes, or a remote endpoint.
    pub mode: InferenceProviderRuntimeMode,
    ///Version of the provider software, or a marker such as probe-required when it has not been observed yet.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///Execution mode: a local process, a systemd unit, a Podman or Podman Quadlet container, Docker, Kubernetes, or a remote endpoint.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderRuntimeMode {
    #[serde(rename = "local-process")]
    LocalProcess,
    #[serde(rename = "systemd")]
    Systemd,
    #[serde(rename = "podman")]
    Podman,
    #[serde(rename = "podman-quadlet")]
    PodmanQuadlet,
    #[serde(rename = "docker")]
    Docker,
    #[serde(rename = "kubernetes")]
    Kubernetes,
    #[serde(rename = "remote-endpoint")]
    RemoteEndpoint,
}
impl ::std::fmt::Display for InferenceProviderRuntimeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::LocalProcess => f.write_str("local-process"),
            Self::Systemd => f.write_str("systemd"),
            Self::Podman => f.write_str("podman"),
            Self::PodmanQuadlet => f.write_str("podman-quadlet"),
            Self::Docker => f.write_str("docker"),
            Self::Kubernetes => f.write_str("kubernetes"),
            Self::RemoteEndpoint => f.write_str("remote-endpoint"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderRuntimeMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "local-process" => Ok(Self::LocalProcess),
            "systemd" => Ok(Self::Systemd),
            "podman" => Ok(Self::Podman),
            "podman-quadlet" => Ok(Self::PodmanQuadlet),
            "docker" => Ok(Self::Docker),
            "kubernetes" => Ok(Self::Kubernetes),
            "remote-endpoint" => Ok(Self::RemoteEndpoint),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderRuntimeMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Version of the contract this inference provider conforms to; always the string "0.1.0" in this version of the schema.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for InferenceProviderSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderSpecVersion {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "0.1.0" => Ok(Self::X010),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Availability of the provider: enabled, disabled, probe-only (discovered by a probe and never started by it), or unavailable.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Copy,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
pub enum InferenceProviderStatus {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "probe-only")]
    ProbeOnly,
    #[serde(rename = "unavailable")]
    Unavailable,
}
impl ::std::fmt::Display for InferenceProviderStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Enabled => f.write_str("enabled"),
            Self::Disabled => f.write_str("disabled"),
            Self::ProbeOnly => f.write_str("probe-only"),
            Self::Unavailable => f.write_str("unavailable"),
        }
    }
}
impl ::std::str::FromStr for InferenceProviderStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "enabled" => Ok(Self::Enabled),
            "disabled" => Ok(Self::Disabled),
            "probe-only" => Ok(Self::ProbeOnly),
            "unavailable" => Ok(Self::Unavailable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for InferenceProviderStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for InferenceProviderStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
}

