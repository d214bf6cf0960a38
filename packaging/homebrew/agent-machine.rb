# Homebrew formula for Agent Machine: builds the CLI from source with Cargo.
#
# The SourceOS tap keeps a byte-identical copy of this file; check it with
#   agent-machine gate --tap <tap>/Formula/agent-machine.rb
# (gate item I2). Item I1 checks this file against Cargo.toml (version tag,
# licence, repository), and tests/it/formula.rs loads it and runs its test block
# against the built CLI.
class AgentMachine < Formula
  desc "Render AgentPods to Quadlet and Kubernetes; fail-closed activation decisions"
  homepage "https://github.com/SourceOS-Linux/agent-machine"
  url "https://github.com/SourceOS-Linux/agent-machine.git", tag: "v0.1.0"
  license "Apache-2.0"
  head "https://github.com/SourceOS-Linux/agent-machine.git", branch: "main"

  depends_on "rust" => :build

  def install
    system "cargo", "install", *std_cargo_args
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/agent-machine --version")

    # The binary embeds its contracts: it validates and renders outside the repository.
    (testpath/"pod.json").write <<~JSON
      {
        "specVersion": "0.1.0",
        "id": "urn:srcos:agent-machine:agent-pod:brew-test",
        "kind": "AgentPod",
        "podType": "local-podman-quadlet",
        "profile": "sourceos-workstation",
        "workload": {
          "name": "brew-test",
          "purpose": "inference-provider",
          "agentIdentityRequired": true
        },
        "runtime": {
          "mode": "podman-quadlet",
          "imageOrCommand": "ghcr.io/ggml-org/llama.cpp:server",
          "networkMode": "loopback",
          "restartPolicy": "on-failure"
        },
        "resources": {
          "cpu": {
            "request": "1",
            "limit": "2"
          },
          "memoryBytes": {
            "request": 1073741824,
            "limit": 2147483648
          },
          "accelerators": [
            {
              "type": "cpu",
              "required": true
            }
          ]
        },
        "storage": [
          {
            "cacheTierId": "urn:srcos:agent-machine:cache-tier:workstation-models",
            "volumeClass": "agent-models",
            "mountPath": "/models",
            "hostPath": "/var/lib/agent-machine/models",
            "accessMode": "read-only",
            "sensitive": false
          }
        ],
        "ports": [
          {
            "name": "http",
            "containerPort": 8080,
            "hostPort": 8080,
            "exposure": "loopback"
          }
        ],
        "policy": {
          "policyFabricRequired": true,
          "agentRegistryRequired": true,
          "networkPolicyRequired": true,
          "egressPolicyRequired": true,
          "allowPrivileged": false,
          "allowHostNetwork": false,
          "allowSecretInSpec": false,
          "toolUseRequiresGrant": true,
          "cacheReuseRequiresPolicy": true
        },
        "receipts": {
          "required": true,
          "emitPlacement": true,
          "emitStorage": true,
          "emitRuntime": true,
          "includeRawContent": false
        }
      }
    JSON
    assert_match "1 valid", shell_output("#{bin}/agent-machine validate pod.json 2>&1")
    unit = shell_output("#{bin}/agent-machine render quadlet pod.json")
    assert_match "PublishPort=127.0.0.1:8080:8080", unit
    assert_match "DropCapability=all", unit
    assert_match "Rendering is not authorization", unit

    # Host networking the pod's policy does not allow is refused (exit 2), and nothing is written.
    (testpath/"host.json").write (testpath/"pod.json").read.sub('"loopback"', '"host"')
    assert_match "pod/host-network",
                 shell_output("#{bin}/agent-machine render quadlet host.json --out host.container 2>&1", 2)
    refute_path_exists testpath/"host.container"
  end
end
