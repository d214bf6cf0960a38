/// Types generated from `contracts/storage-receipt.schema.json` (`urn:srcos:agent-machine:schema:storage-receipt:v0.1.0`).
pub mod storage_receipt {
///Secret-free record of one storage volume provisioned or observed for agent use on a machine: backend, volume class, location, filesystem, capacity, encryption, quota, policy, sensitivity, snapshot lineage, lifecycle and wipe state. It describes the volume and never contains the data stored on it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceipt {
    ///Id of the AgentMachine on which the volume was observed.
    #[serde(rename = "agentMachineId")]
    pub agent_machine_id: StorageReceiptAgentMachineId,
    ///Id of the AgentPod the volume serves, when it is bound to one.
    #[serde(
        rename = "agentPodId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_pod_id: ::std::option::Option<StorageReceiptAgentPodId>,
    ///Storage backend of the volume: a plain filesystem directory, local LVM, TopoLVM in Kubernetes, tmpfs, an object store, or a remote volume.
    pub backend: ::agent_machine::contracts::wire::StorageBackend,
    pub capacity: StorageReceiptCapacity,
    pub encryption: StorageReceiptEncryption,
    pub filesystem: StorageReceiptFilesystem,
    ///Unique identifier of this storage receipt: a URN of the form urn:srcos:agent-machine:storage-receipt:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
    pub id: StorageReceiptId,
    ///Kind discriminator of the document; always "StorageReceipt", so a document of another kind can never be taken for this one.
    pub kind: StorageReceiptKind,
    ///Optional string-to-string metadata labels on the storage receipt (for example sourceos.profile); informational only, never a source of authorization and never a place for secret values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::agent_machine::contracts::wire::StringMap>,
    pub lifecycle: StorageReceiptLifecycle,
    ///RFC 3339 UTC timestamp (e.g. 2026-05-04T12:50:00Z) at which the volume was observed.
    #[serde(rename = "observedAt")]
    pub observed_at: ::std::string::String,
    pub policy: StorageReceiptPolicy,
    ///Kinds of data the volume is meant to hold, such as KV cache or model artifacts; each value at most once.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub purpose: ::std::option::Option<
        ::agent_machine::contracts::wire::UniqueList<
            ::agent_machine::contracts::wire::CachePurpose,
        >,
    >,
    pub quota: StorageReceiptQuota,
    ///Safety attestation of the storage receipt: every flag is required and const false, so a document that claims to carry sensitive content is invalid.
    #[serde(rename = "receiptSafety")]
    pub receipt_safety: ::agent_machine::contracts::wire::ArtifactReceiptSafety,
    pub reference: StorageReceiptReference,
    pub runtime: StorageReceiptRuntime,
    pub sensitivity: StorageReceiptSensitivity,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub snapshot: ::std::option::Option<StorageReceiptSnapshot>,
    ///Version of the contract this storage receipt conforms to; always the string "0.1.0" in this version of the schema.
    #[serde(rename = "specVersion")]
    pub spec_version: StorageReceiptSpecVersion,
    ///Role or temperature of the volume: hot, warm, cold, scratch, evidence, artifact or model.
    pub tier: ::agent_machine::contracts::wire::StorageTier,
    ///Agent volume class of the volume; an AgentPod storage item is matched to its receipt by this class.
    #[serde(rename = "volumeClass")]
    pub volume_class: ::agent_machine::contracts::wire::VolumeClass,
}
///Id of the AgentMachine on which the volume was observed.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptAgentMachineId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptAgentMachineId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptAgentMachineId> for ::std::string::String {
    fn from(value: StorageReceiptAgentMachineId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptAgentMachineId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new("^urn:srcos:agent-machine:[a-z0-9][a-z0-9-]*$")
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptAgentMachineId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptAgentMachineId {
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
///Id of the AgentPod the volume serves, when it is bound to one.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptAgentPodId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptAgentPodId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptAgentPodId> for ::std::string::String {
    fn from(value: StorageReceiptAgentPodId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptAgentPodId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:agent-pod:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:agent-pod:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptAgentPodId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptAgentPodId {
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
///Observed capacity and usage of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptCapacity {
    ///Free space on the volume in bytes; null when not observed.
    #[serde(
        rename = "freeBytes",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub free_bytes: ::std::option::Option<u64>,
    ///Total number of inodes on the volume; null when not observed.
    #[serde(
        rename = "inodeCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub inode_capacity: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Number of free inodes on the volume; null when not observed.
    #[serde(
        rename = "inodeFree",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub inode_free: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
    ///Space reserved on the volume in bytes; null when not observed.
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
    ///Total size of the volume in bytes; null when not observed.
    #[serde(
        rename = "sizeBytes",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub size_bytes: ::std::option::Option<u64>,
    ///Space in use on the volume in bytes; null when not observed.
    #[serde(
        rename = "usedBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub used_bytes: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<u64>,
    >,
}
///Encryption-at-rest requirement for the volume and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptEncryption {
    ///Digest of the encryption key's identifier (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters), never the key itself; null when not recorded.
    #[serde(
        rename = "keyIdDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub key_id_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptEncryptionKeyIdDigest>,
    >,
    ///Scope of the encryption key: per machine, user, agent or policy domain, or unknown; null when not applicable.
    #[serde(rename = "keyScope", skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub key_scope: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptEncryptionKeyScope>,
    >,
    ///Encryption mechanism: none, fscrypt, LUKS, dm-crypt, hardware (self-encrypting device), or unknown.
    pub mode: ::agent_machine::contracts::wire::EncryptionMode,
    ///Whether encryption at rest was observed on the volume.
    pub observed: bool,
    ///Whether the volume must be encrypted at rest.
    pub required: bool,
}
///`StorageReceiptEncryptionKeyIdDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptEncryptionKeyIdDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptEncryptionKeyIdDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptEncryptionKeyIdDigest>
for ::std::string::String {
    fn from(value: StorageReceiptEncryptionKeyIdDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptEncryptionKeyIdDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptEncryptionKeyIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptEncryptionKeyIdDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptEncryptionKeyIdDigest {
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
///`StorageReceiptEncryptionKeyScope`
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
pub enum StorageReceiptEncryptionKeyScope {
    #[serde(rename = "machine")]
    Machine,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "agent")]
    Agent,
    #[serde(rename = "policy-domain")]
    PolicyDomain,
    #[serde(rename = "unknown")]
    Unknown,
}
impl ::std::fmt::Display for StorageReceiptEncryptionKeyScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::Machine => f.write_str("machine"),
            Self::User => f.write_str("user"),
            Self::Agent => f.write_str("agent"),
            Self::PolicyDomain => f.write_str("policy-domain"),
            Self::Unknown => f.write_str("unknown"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptEncryptionKeyScope {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "machine" => Ok(Self::Machine),
            "user" => Ok(Self::User),
            "agent" => Ok(Self::Agent),
            "policy-domain" => Ok(Self::PolicyDomain),
            "unknown" => Ok(Self::Unknown),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptEncryptionKeyScope {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptEncryptionKeyScope {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Observed filesystem properties of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptFilesystem {
    ///Numeric group id owning the volume root; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub gid: ::std::option::Option<::agent_machine::contracts::wire::Nullable<u64>>,
    ///Permission bits of the volume root as 3 or 4 octal digits, e.g. 0750; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub mode: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptFilesystemMode>,
    >,
    ///Mount options observed on the volume, e.g. nodev and nosuid; each option at most once.
    #[serde(rename = "mountOptions")]
    pub mount_options: ::agent_machine::contracts::wire::UniqueList<
        ::std::string::String,
    >,
    ///SELinux context of the volume root, e.g. system_u:object_r:container_file_t:s0; null when not observed.
    #[serde(
        rename = "selinuxLabel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub selinux_label: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a symbolic link leading out of the volume was observed; Agent Machine treats true as a verification failure.
    #[serde(
        rename = "symlinkTraversalObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub symlink_traversal_observed: ::std::option::Option<bool>,
    ///Filesystem type, e.g. xfs.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    ///Numeric user id owning the volume root; null when not observed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub uid: ::std::option::Option<::agent_machine::contracts::wire::Nullable<u64>>,
    ///Whether the volume root was observed to be writable by any user; Agent Machine treats true as a verification failure.
    #[serde(
        rename = "worldWritable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub world_writable: ::std::option::Option<bool>,
}
///`StorageReceiptFilesystemMode`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptFilesystemMode(::std::string::String);
impl ::std::ops::Deref for StorageReceiptFilesystemMode {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptFilesystemMode> for ::std::string::String {
    fn from(value: StorageReceiptFilesystemMode) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptFilesystemMode {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^[0-7]{3,4}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^[0-7]{3,4}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptFilesystemMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptFilesystemMode {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptFilesystemMode {
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
///Unique identifier of this storage receipt: a URN of the form urn:srcos:agent-machine:storage-receipt:\<name>, where \<name> is lowercase letters, digits and hyphens and starts with a letter or digit.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptId(::std::string::String);
impl ::std::ops::Deref for StorageReceiptId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptId> for ::std::string::String {
    fn from(value: StorageReceiptId) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptId {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        {
            ::regress::Regex::new(
                    "^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$",
                )
                .unwrap()
        });
        if PATTERN.find(value).is_none() {
            return Err(
                "doesn't match pattern \"^urn:srcos:agent-machine:storage-receipt:[a-z0-9][a-z0-9-]*$\""
                    .into(),
            );
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptId {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptId {
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
///Kind discriminator of the document; always "StorageReceipt", so a document of another kind can never be taken for this one.
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
pub enum StorageReceiptKind {
    StorageReceipt,
}
impl ::std::fmt::Display for StorageReceiptKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::StorageReceipt => f.write_str("StorageReceipt"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptKind {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "StorageReceipt" => Ok(Self::StorageReceipt),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptKind {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Durability, retention, eviction and wipe state of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptLifecycle {
    ///How long contents are expected to survive: ephemeral, semi-durable or durable.
    pub durability: ::agent_machine::contracts::wire::Durability,
    ///How contents are evicted: manually, least-recently-used, by TTL, by quota, as policy decides, or never (none).
    #[serde(rename = "evictionPolicy")]
    pub eviction_policy: ::agent_machine::contracts::wire::EvictionPolicy,
    ///Reference to the receipt of the most recent wipe; null when the volume has not been wiped.
    #[serde(
        rename = "lastWipeReceiptRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub last_wipe_receipt_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Maximum age of contents in seconds before they expire; null when no time limit applies.
    #[serde(
        rename = "ttlSeconds",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub ttl_seconds: ::std::option::Option<u64>,
    ///State of wiping the volume: not requested, pending, completed, failed, or not applicable.
    #[serde(rename = "wipeStatus")]
    pub wipe_status: StorageReceiptLifecycleWipeStatus,
}
///State of wiping the volume: not requested, pending, completed, failed, or not applicable.
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
pub enum StorageReceiptLifecycleWipeStatus {
    #[serde(rename = "not-requested")]
    NotRequested,
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "not-applicable")]
    NotApplicable,
}
impl ::std::fmt::Display for StorageReceiptLifecycleWipeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::NotRequested => f.write_str("not-requested"),
            Self::Pending => f.write_str("pending"),
            Self::Completed => f.write_str("completed"),
            Self::Failed => f.write_str("failed"),
            Self::NotApplicable => f.write_str("not-applicable"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptLifecycleWipeStatus {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "not-requested" => Ok(Self::NotRequested),
            "pending" => Ok(Self::Pending),
            "completed" => Ok(Self::Completed),
            "failed" => Ok(Self::Failed),
            "not-applicable" => Ok(Self::NotApplicable),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptLifecycleWipeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptLifecycleWipeStatus {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Policy context of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptPolicy {
    ///Reference to the Agent Registry grant covering the volume; null when none.
    #[serde(
        rename = "agentRegistryGrantRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub agent_registry_grant_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether reusing the volume's cached contents across sessions requires an explicit policy decision.
    #[serde(rename = "cacheReuseRequiresPolicy")]
    pub cache_reuse_requires_policy: bool,
    ///Reference to the Policy Fabric decision covering the volume; null when none.
    #[serde(
        rename = "policyDecisionRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_decision_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Reference (URN) to the policy domain that governs the volume's contents.
    #[serde(rename = "policyDomain")]
    pub policy_domain: ::std::string::String,
    ///Whether wiping the volume must produce a wipe receipt.
    #[serde(rename = "wipeReceiptRequired")]
    pub wipe_receipt_required: bool,
}
///Quota requirement for the volume and what was observed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptQuota {
    ///Quota limit on the number of inodes; null when none is set.
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
    ///Whether an enforced quota was observed.
    pub observed: bool,
    ///Reference to the policy that sets the quota; null when none.
    #[serde(
        rename = "policyRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub policy_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a quota must be enforced on the volume.
    pub required: bool,
    ///Quota size limit in bytes; null when none is set.
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
///Where the volume lives; which fields are present depends on referenceType.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptReference {
    ///Path at which the volume appears inside containers.
    #[serde(
        rename = "containerPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_path: ::std::option::Option<::std::string::String>,
    ///Host directory of the volume.
    #[serde(rename = "hostPath", skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    ///Name of the LVM logical volume.
    #[serde(
        rename = "logicalVolume",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logical_volume: ::std::option::Option<::std::string::String>,
    ///Mount point of the volume on the host.
    #[serde(
        rename = "mountPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_path: ::std::option::Option<::std::string::String>,
    ///Kubernetes namespace of the claim.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    ///Digest of the object-store URI (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); the URI itself is not recorded.
    #[serde(
        rename = "objectUriDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub object_uri_digest: ::std::option::Option<StorageReceiptReferenceObjectUriDigest>,
    ///Name of the Kubernetes PersistentVolumeClaim.
    #[serde(rename = "pvcName", skip_serializing_if = "::std::option::Option::is_none")]
    pub pvc_name: ::std::option::Option<::std::string::String>,
    ///Kind of reference: a host path, an LVM logical volume, a TopoLVM PersistentVolumeClaim, a tmpfs mount, an object-store URI, or a remote volume.
    #[serde(rename = "referenceType")]
    pub reference_type: StorageReceiptReferenceReferenceType,
    ///Kubernetes StorageClass of the claim.
    #[serde(
        rename = "storageClassName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_class_name: ::std::option::Option<::std::string::String>,
    ///LVM thin pool the logical volume is allocated from.
    #[serde(rename = "thinPool", skip_serializing_if = "::std::option::Option::is_none")]
    pub thin_pool: ::std::option::Option<::std::string::String>,
    ///LVM volume group that contains the logical volume.
    #[serde(
        rename = "volumeGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_group: ::std::option::Option<::std::string::String>,
}
///Digest of the object-store URI (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); the URI itself is not recorded.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptReferenceObjectUriDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptReferenceObjectUriDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptReferenceObjectUriDigest>
for ::std::string::String {
    fn from(value: StorageReceiptReferenceObjectUriDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptReferenceObjectUriDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptReferenceObjectUriDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptReferenceObjectUriDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptReferenceObjectUriDigest {
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
///Kind of reference: a host path, an LVM logical volume, a TopoLVM PersistentVolumeClaim, a tmpfs mount, an object-store URI, or a remote volume.
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
pub enum StorageReceiptReferenceReferenceType {
    #[serde(rename = "host-path")]
    HostPath,
    #[serde(rename = "lvm-logical-volume")]
    LvmLogicalVolume,
    #[serde(rename = "topolvm-pvc")]
    TopolvmPvc,
    #[serde(rename = "tmpfs-mount")]
    TmpfsMount,
    #[serde(rename = "object-uri")]
    ObjectUri,
    #[serde(rename = "remote-volume")]
    RemoteVolume,
}
impl ::std::fmt::Display for StorageReceiptReferenceReferenceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::HostPath => f.write_str("host-path"),
            Self::LvmLogicalVolume => f.write_str("lvm-logical-volume"),
            Self::TopolvmPvc => f.write_str("topolvm-pvc"),
            Self::TmpfsMount => f.write_str("tmpfs-mount"),
            Self::ObjectUri => f.write_str("object-uri"),
            Self::RemoteVolume => f.write_str("remote-volume"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptReferenceReferenceType {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        match value {
            "host-path" => Ok(Self::HostPath),
            "lvm-logical-volume" => Ok(Self::LvmLogicalVolume),
            "topolvm-pvc" => Ok(Self::TopolvmPvc),
            "tmpfs-mount" => Ok(Self::TmpfsMount),
            "object-uri" => Ok(Self::ObjectUri),
            "remote-volume" => Ok(Self::RemoteVolume),
            _ => Err("invalid value".into()),
        }
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptReferenceReferenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptReferenceReferenceType {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
///Versions and serving context under which the receipt was produced.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptRuntime {
    ///Digest of the model stored on or served from the volume (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when not applicable or unknown.
    #[serde(
        rename = "modelDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub model_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptRuntimeModelDigest>,
    >,
    ///Version of the probe that observed the volume.
    #[serde(rename = "probeVersion")]
    pub probe_version: ::std::string::String,
    ///Id of the InferenceProvider using the volume; null when none.
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub provider_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Version of the Agent Machine runtime that produced the receipt.
    #[serde(rename = "runtimeVersion")]
    pub runtime_version: ::std::string::String,
    ///Digest of the tokenizer used with the model (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when not applicable or unknown.
    #[serde(
        rename = "tokenizerDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub tokenizer_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptRuntimeTokenizerDigest>,
    >,
}
///`StorageReceiptRuntimeModelDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptRuntimeModelDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptRuntimeModelDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptRuntimeModelDigest> for ::std::string::String {
    fn from(value: StorageReceiptRuntimeModelDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptRuntimeModelDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptRuntimeModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptRuntimeModelDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptRuntimeModelDigest {
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
///`StorageReceiptRuntimeTokenizerDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptRuntimeTokenizerDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptRuntimeTokenizerDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptRuntimeTokenizerDigest>
for ::std::string::String {
    fn from(value: StorageReceiptRuntimeTokenizerDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptRuntimeTokenizerDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptRuntimeTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptRuntimeTokenizerDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptRuntimeTokenizerDigest {
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
///Sensitivity classification of the data the volume may hold.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptSensitivity {
    ///Highest sensitivity class of the data the volume may hold.
    pub class: ::agent_machine::contracts::wire::Sensitivity,
    ///Reference to the classification rule applied; null when none.
    #[serde(
        rename = "classificationRef",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub classification_ref: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether the volume may contain prompt-like content such as KV or prompt-prefix caches; the receipt itself never contains it.
    #[serde(rename = "promptLikeContentPossible")]
    pub prompt_like_content_possible: bool,
    ///Whether the volume may contain secret-like content; the receipt itself never contains it.
    #[serde(rename = "secretLikeContentPossible")]
    pub secret_like_content_possible: bool,
}
///Snapshot permission and lineage of the volume.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct StorageReceiptSnapshot {
    ///Digest of the snapshot lineage (a SHA-256 digest written as sha256: followed by 64 lowercase hex characters); null when none.
    #[serde(
        rename = "lineageDigest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub lineage_digest: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<StorageReceiptSnapshotLineageDigest>,
    >,
    ///Identifier of the snapshot this one derives from; null when none.
    #[serde(
        rename = "parentSnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub parent_snapshot_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether snapshots of the volume are permitted.
    #[serde(
        rename = "snapshotAllowed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_allowed: ::std::option::Option<bool>,
    ///Identifier of the observed snapshot; null when none.
    #[serde(
        rename = "snapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    #[serde(
        default,
        deserialize_with = "::agent_machine::contracts::wire::deserialize_present"
    )]
    pub snapshot_id: ::std::option::Option<
        ::agent_machine::contracts::wire::Nullable<::std::string::String>,
    >,
    ///Whether a snapshot of the volume was observed.
    #[serde(
        rename = "snapshotObserved",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_observed: ::std::option::Option<bool>,
}
///`StorageReceiptSnapshotLineageDigest`
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct StorageReceiptSnapshotLineageDigest(::std::string::String);
impl ::std::ops::Deref for StorageReceiptSnapshotLineageDigest {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<StorageReceiptSnapshotLineageDigest>
for ::std::string::String {
    fn from(value: StorageReceiptSnapshotLineageDigest) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for StorageReceiptSnapshotLineageDigest {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        static PATTERN: ::std::sync::LazyLock<::regress::Regex> = ::std::sync::LazyLock::new(||
        { ::regress::Regex::new("^sha256:[a-f0-9]{64}$").unwrap() });
        if PATTERN.find(value).is_none() {
            return Err("doesn't match pattern \"^sha256:[a-f0-9]{64}$\"".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for StorageReceiptSnapshotLineageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String>
for StorageReceiptSnapshotLineageDigest {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for StorageReceiptSnapshotLineageDigest {
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
///Version of the contract this storage receipt conforms to; always the string "0.1.0" in this version of the schema.
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
pub enum StorageReceiptSpecVersion {
    #[serde(rename = "0.1.0")]
    X010,
}
impl ::std::fmt::Display for StorageReceiptSpecVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match *self {
            Self::X010 => f.write_str("0.1.0"),
        }
    }
}
impl ::std::str::FromStr for StorageReceiptSpecVersion {
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
impl ::std::convert::TryFrom<&str> for StorageReceiptSpecVersion {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for StorageReceiptSpecVersion {
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

