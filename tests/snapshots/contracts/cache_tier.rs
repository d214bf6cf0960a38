/// Types generated from `contracts/cache-tier.schema.json` (`urn:srcos:agent-machine:schema:cache-tier:v0.1.0`).
pub mod cache_tier {
///Declares a class of storage for agent models, caches, scratch space, evidence or artifacts: its backend, volume class, tier, intended purposes, sensitivity, encryption, lifecycle, quota, mount and receipt requirements. AgentPod storage items refer to a CacheTier by its id.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTier {
    ///Storage backend that provides the tier: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
    pub backend: ::agent_machine::contracts::wire::StorageBackend,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption: ::std::option::Option<CacheTierEncryption>,
    ///Unique identifier of this cache tier: a URN of the form urn:srcos:agent-machine:cache-tier:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: CacheTierId,
    ///Whether contents must be scoped to a single agent identity rather than shared across identities; true when absent.
    #[serde(
        rename = "identityScopeRequired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub identity_scope_required: ::std::option::Option<bool>,
    ///Kind discriminator of the document; always "CacheTier", so a document of another kind can never be taken for this one.
    pub kind: CacheTierKind,
    ///Optional string-to-string metadata labels on the cache tier (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub lifecycle: CacheTierLifecycle,
    pub mount: CacheTierMount,
    ///Reference (URN) to the policy domain that governs access to and reuse of the tier's contents.
    #[serde(
        rename = "policyDomain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_domain: ::std::option::Option<::std::string::String>,
    ///Kinds of data the tier is meant to hold, such as model artifacts, KV cache or prompt-prefix cache; each value at most once.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<
            ::agent_machine::contracts::wire::CachePurpose,
        >,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub quota: ::std::option::Option<CacheTierQuota>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub receipt: ::std::option::Option<CacheTierReceipt>,
    ///Highest sensitivity class of the data the tier may hold.
    pub sensitivity: ::agent_machine::contracts::wire::Sensitivity,
    ///Version of the contract this cache tier conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: CacheTierSpecVersion,
    ///Role or temperature of the tier: hot, warm, cold, scratch, evidence, artifact or model.
    pub tier: ::agent_machine::contracts::wire::StorageTier,
    ///Agent volume class the tier serves (models, hot, warm or cold cache, scratch, evidence, or artifacts); AgentPod storage items and StorageReceipts use the same vocabulary.
    #[serde(rename = "volumeClass")]
    pub volume_class: ::agent_machine::contracts::wire::VolumeClass,
}
///Encryption-at-rest requirement for the tier and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierEncryption {
    ///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<::agent_machine::contracts::wire::EncryptionMode>,
    ///Whether encryption at rest was observed on the backing storage.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub observed: ::std::option::Option<bool>,
    ///Whether the tier must be encrypted at rest.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
}
///Unique identifier of this cache tier: a URN of the form urn:srcos:agent-machine:cache-tier:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct CacheTierId(::std::string::String);
impl ::std::ops::Deref for CacheTierId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<CacheTierId> for ::std::string::String {
    fn from(value: CacheTierId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for CacheTierId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:cache-tier:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:cache-tier:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for CacheTierId {
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
///Kind discriminator of the document; always "CacheTier", so a document of another kind can never be taken for this one.
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
pub enum CacheTierKind {
    CacheTier,
}
impl ::std::fmt::Display for CacheTierKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::CacheTier => f.write_str("CacheTier"),
        }
    }
}
impl ::std::str::FromStr for CacheTierKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "CacheTier" => Ok(Self::CacheTier),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for CacheTierKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Durability, retention, eviction and wipe rules for the tier's contents.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierLifecycle {
    ///How long contents are expected to survive: ephemeral, semi-durable or durable.
    pub durability: ::agent_machine::contracts::wire::Durability,
    ///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
    #[serde(rename = "evictionPolicy")]
    pub eviction_policy: ::agent_machine::contracts::wire::EvictionPolicy,
    ///Whether snapshots of the tier's volumes are permitted.
    #[serde(
        rename = "snapshotAllowed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_allowed: ::std::option::Option<bool>,
    ///Maximum age of contents in seconds before they expire; null when no time limit applies.
    #[serde(
        rename = "ttlSeconds",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub ttl_seconds: ::std::option::Option<u64>,
    ///Whether wiping the tier must produce a wipe receipt.
    #[serde(rename = "wipeReceiptRequired")]
    pub wipe_receipt_required: bool,
}
///How the tier's volume is mounted into workloads.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierMount {
    ///Path at which the tier appears inside a container.
    #[serde(
        rename = "containerPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    ///Filesystem type of the backing volume, e.g. xfs or ext4.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub filesystem: ::std::option::Option<::std::string::String>,
    ///Absolute host path of the tier's directory, for local backends.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Access mode granted to workloads: read-only, read-write, or runtime-managed (the runtime chooses per mount).
    pub mode: ::agent_machine::contracts::wire::AccessMode,
    ///Mount options applied to the volume, e.g. nodev and nosuid; each option at most once.
    #[serde(
        rename = "mountOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_options: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<::std::string::String>,
    >,
    ///Name of the Kubernetes PersistentVolumeClaim backing the tier, for Kubernetes backends.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Kubernetes StorageClass used to provision the tier's volumes.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
}
///Size and inode limits for the tier.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierQuota {
    ///Maximum number of inodes (files and directories) in the tier; null when no limit is set.
    #[serde(
        rename = "maxInodes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub max_inodes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Space reserved for the tier in bytes; null when nothing is reserved.
    #[serde(
        rename = "reservedBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub reserved_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Maximum size of the tier in bytes; null when no limit is set.
    #[serde(
        rename = "sizeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub size_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
}
///What StorageReceipts for volumes of this tier must record.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheTierReceipt {
    ///Whether receipts record the observed free space.
    #[serde(
        rename = "includeFreeBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_free_bytes: ::std::option::Option<bool>,
    ///Always false when present (const): a receipt for this tier never includes the data stored in it.
    #[serde(
        rename = "includeRawContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_raw_content: ::std::option::Option<
        ::agent_machine::contracts::wire::ConstFalse,
    >,
    ///Whether receipts record snapshot identifiers and lineage.
    #[serde(
        rename = "includeSnapshotLineage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_snapshot_lineage: ::std::option::Option<bool>,
    ///Whether a StorageReceipt is required for volumes of this tier.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<bool>,
}
///Version of the contract this cache tier conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum CacheTierSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for CacheTierSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for CacheTierSpecVersion {
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
impl ::std::convert::TryFrom<&str> for CacheTierSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for CacheTierSpecVersion {
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

