export const id = 392;
export const ids = [392];
export const modules = {

/***/ 1502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _Z: () => (/* binding */ isSeverity),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** Higher number = more severe; used for sorting and thresholds. */
function severityRank(s) {
    return s === 'critical' ? 4 : s === 'high' ? 3 : s === 'medium' ? 2 : 1;
}
function isSeverity(s) {
    return s === 'critical' || s === 'high' || s === 'medium' || s === 'low';
}


/***/ }),

/***/ 2392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECKSUM_KINDS: () => (/* binding */ CHECKSUM_KINDS),
  builtinAllowlists: () => (/* binding */ builtinAllowlists),
  builtinRules: () => (/* binding */ builtinRules),
  checkRe2: () => (/* binding */ checkRe2),
  checkRequiredIds: () => (/* binding */ checkRequiredIds),
  effectiveRules: () => (/* binding */ effectiveRules),
  parseConfigToml: () => (/* binding */ parseConfigToml),
  parseRule: () => (/* binding */ parseRule)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/model/severity.ts
var model_severity = __webpack_require__(1502);
// EXTERNAL MODULE: ./src/engine/regex/re2-to-js.ts
var re2_to_js = __webpack_require__(4605);
;// CONCATENATED MODULE: ./src/rules/generated/builtin-rules.ts
const builtinRuleFiles = [
    {
        "source": "src/rules/builtin/ai.toml",
        "rules": [
            {
                "id": "openai-api-key",
                "description": "OpenAI API key (project, service-account or admin key with the T3BlbkFJ marker)",
                "regex": "\\b(sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}))(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "t3blbkfj"
                ],
                "tags": [
                    "openai",
                    "ai"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://platform.openai.com/api-keys"
            },
            {
                "id": "openai-legacy-api-key",
                "description": "OpenAI legacy user API key",
                "regex": "\\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "t3blbkfj"
                ],
                "tags": [
                    "openai",
                    "ai"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://platform.openai.com/api-keys"
            },
            {
                "id": "anthropic-api-key",
                "description": "Anthropic API key",
                "regex": "\\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sk-ant-api03"
                ],
                "tags": [
                    "anthropic",
                    "ai"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://console.anthropic.com/settings/keys"
            },
            {
                "id": "anthropic-admin-api-key",
                "description": "Anthropic Admin API key",
                "regex": "\\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sk-ant-admin01"
                ],
                "tags": [
                    "anthropic",
                    "ai"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://console.anthropic.com/settings/admin-keys"
            },
            {
                "id": "anthropic-oauth-token",
                "description": "Anthropic OAuth access token",
                "regex": "\\b(sk-ant-oat01-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sk-ant-oat01"
                ],
                "tags": [
                    "anthropic",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "huggingface-access-token",
                "description": "Hugging Face user access token",
                "regex": "\\b(hf_[A-Za-z]{34})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "hf_"
                ],
                "tags": [
                    "huggingface",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://huggingface.co/settings/tokens"
            },
            {
                "id": "huggingface-organization-api-token",
                "description": "Hugging Face organization API token",
                "regex": "\\b(api_org_[A-Za-z]{34})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "api_org_"
                ],
                "tags": [
                    "huggingface",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "cohere-api-token",
                "description": "Cohere API key near a Cohere name",
                "regex": "(?i)(?:cohere|co_api_key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "cohere",
                    "co_api_key"
                ],
                "tags": [
                    "cohere",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "perplexity-api-key",
                "description": "Perplexity API key",
                "regex": "\\b(pplx-[A-Za-z0-9]{48})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "pplx-"
                ],
                "tags": [
                    "perplexity",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "groq-api-key",
                "description": "Groq API key",
                "regex": "\\b(gsk_[A-Za-z0-9]{52})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "gsk_"
                ],
                "tags": [
                    "groq",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "replicate-api-token",
                "description": "Replicate API token",
                "regex": "\\b(r8_[A-Za-z0-9]{37})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "r8_"
                ],
                "tags": [
                    "replicate",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "xai-api-key",
                "description": "xAI (Grok) API key",
                "regex": "\\b(xai-[A-Za-z0-9]{80})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "xai-"
                ],
                "tags": [
                    "xai",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "langsmith-api-key",
                "description": "LangSmith / LangChain API key",
                "regex": "\\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "lsv2_"
                ],
                "tags": [
                    "langchain",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "privateai-api-token",
                "description": "Private AI API key",
                "regex": "(?i)(?:private[_-]?ai)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "privateai",
                    "private_ai",
                    "private-ai"
                ],
                "tags": [
                    "privateai",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/allowlist.toml",
        "rules": [],
        "allowlists": [
            {
                "description": "binary, media and document formats (scanned as text they only produce noise)",
                "paths": [
                    "(?i)\\.(?:png|jpe?g|gif|bmp|ico|icns|tiff?|webp|avif|heic|psd|svgz)$",
                    "(?i)\\.(?:eot|otf|ttf|woff2?)$",
                    "(?i)\\.(?:mp[34]|m4a|wav|ogg|flac|mov|avi|mkv|webm)$",
                    "(?i)\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp)$",
                    "(?i)\\.(?:exe|dll|so|dylib|a|lib|o|obj|pdb|class|pyc|pyo|wasm|jar|war|ear|whl|gem|nupkg)$",
                    "(?i)\\.(?:zip|gz|tgz|bz2|xz|zst|7z|rar|tar)$"
                ]
            },
            {
                "description": "checksum databases and build tool wrappers",
                "paths": [
                    "(?:^|/)go\\.(?:sum|work\\.sum)$",
                    "(?:^|/)vendor/modules\\.txt$",
                    "(?:^|/)gradlew(?:\\.bat)?$",
                    "(?:^|/)gradle/wrapper/gradle-wrapper\\.jar$",
                    "(?:^|/)mvnw(?:\\.cmd)?$",
                    "(?:^|/)\\.mvn/wrapper/[^/]+$",
                    "(?:^|/)gradle/verification-metadata\\.xml$"
                ]
            },
            {
                "description": "third-party code installed by package managers",
                "paths": [
                    "(?:^|/)node_modules/",
                    "(?:^|/)bower_components/",
                    "(?:^|/)vendor/(?:github\\.com|golang\\.org|google\\.golang\\.org|gopkg\\.in|k8s\\.io|sigs\\.k8s\\.io|go\\.uber\\.org)/",
                    "(?:^|/)vendor/bundle/",
                    "(?i)(?:^|/)(?:\\.?venv|virtualenv|\\.tox)/lib(?:64)?/python[0-9.]+/site-packages/",
                    "(?i)(?:^|/)site-packages/[^/]+\\.dist-info/",
                    "(?:^|/)\\.yarn/(?:cache|unplugged)/",
                    "(?:^|/)\\.pnpm-store/"
                ]
            },
            {
                "description": "stanch/gitleaks ignore and baseline files: they list fingerprints of allowed findings, so scanning them would turn each allowed finding into a new one",
                "paths": [
                    "(?:^|/)\\.stanchignore$",
                    "(?:^|/)\\.gitleaksignore$",
                    "(?:^|/)\\.stanch-baseline\\.json$"
                ]
            }
        ]
    },
    {
        "source": "src/rules/builtin/atlassian.toml",
        "rules": [
            {
                "id": "atlassian-api-token",
                "description": "Atlassian API token (ATATT prefix)",
                "regex": "\\b(ATATT3[A-Za-z0-9_=-]{186})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "atatt3"
                ],
                "tags": [
                    "atlassian"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://id.atlassian.com/manage-profile/security/api-tokens"
            },
            {
                "id": "atlassian-legacy-api-token",
                "description": "Atlassian/Jira/Confluence legacy 24-char API token near a product name",
                "regex": "(?i)(?:atlassian|confluence|jira)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20}[a-f0-9]{4})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "atlassian",
                    "confluence",
                    "jira"
                ],
                "tags": [
                    "atlassian"
                ],
                "severity": "high",
                "confidence": 0.7,
                "revokeUrl": "https://id.atlassian.com/manage-profile/security/api-tokens"
            },
            {
                "id": "bitbucket-access-token",
                "description": "Bitbucket repository/project/workspace access token (ATCTT prefix)",
                "regex": "\\b(ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "atctt3xffgn0"
                ],
                "tags": [
                    "bitbucket",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "bitbucket-app-password",
                "description": "Bitbucket app password (ATBB prefix)",
                "regex": "\\b(ATBB[A-Za-z0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "atbb"
                ],
                "tags": [
                    "bitbucket",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://bitbucket.org/account/settings/app-passwords/"
            },
            {
                "id": "bitbucket-client-id",
                "description": "Bitbucket OAuth consumer key",
                "regex": "(?i)(?:bitbucket)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "bitbucket"
                ],
                "tags": [
                    "bitbucket",
                    "vcs"
                ],
                "severity": "low",
                "confidence": 0.6
            },
            {
                "id": "bitbucket-client-secret",
                "description": "Bitbucket OAuth consumer secret",
                "regex": "(?i)(?:bitbucket)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "bitbucket"
                ],
                "tags": [
                    "bitbucket",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/aws.toml",
        "rules": [
            {
                "id": "aws-access-token",
                "description": "AWS access key ID (long-term AKIA, temporary ASIA, and other IAM unique-id prefixes)",
                "regex": "\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b",
                "entropy": 3,
                "keywords": [
                    "akia",
                    "asia",
                    "abia",
                    "acca",
                    "a3t"
                ],
                "tags": [
                    "aws",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.9,
                "revokeUrl": "https://console.aws.amazon.com/iam/home#/security_credentials",
                "allowlists": [
                    {
                        "description": "AWS documentation example keys",
                        "regexes": [
                            "(?i)EXAMPLE$"
                        ]
                    }
                ]
            },
            {
                "id": "aws-secret-access-key",
                "description": "AWS secret access key assigned near an AWS secret-key name",
                "regex": "(?i)(?:aws)?_?(?:secret)_?(?:access)?_?(?:key)[\\w.-]{0,10}[\\s'\"\\x60]{0,3}(?:=|:=|:|=>|,)[\\s'\"\\x60]{0,5}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)",
                "entropy": 4,
                "keywords": [
                    "secret_access_key",
                    "secretaccesskey",
                    "secret-access-key",
                    "aws_secret",
                    "secretkey",
                    "secret_key"
                ],
                "tags": [
                    "aws",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.85,
                "revokeUrl": "https://console.aws.amazon.com/iam/home#/security_credentials",
                "allowlists": [
                    {
                        "description": "AWS documentation example key and hex digests",
                        "regexes": [
                            "EXAMPLEKEY$",
                            "^[0-9a-f]{40}$"
                        ]
                    }
                ]
            },
            {
                "id": "aws-session-token",
                "description": "AWS temporary session token (STS) assigned to a session-token name",
                "regex": "(?i)(?:session_?token|security_?token|sessiontoken)[\\w.-]{0,10}[\\s'\"\\x60]{0,3}(?:=|:=|:|=>|,)[\\s'\"\\x60]{0,5}((?:FwoGZXIvYXdz|IQoJb3JpZ2lu|FQoGZXIvYXdz|AgoJb3JpZ2lu)[A-Za-z0-9/+=]{100,1000})",
                "entropy": 4,
                "keywords": [
                    "session_token",
                    "sessiontoken",
                    "security_token",
                    "securitytoken"
                ],
                "tags": [
                    "aws",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "aws-amazon-bedrock-api-key-long-lived",
                "description": "Amazon Bedrock long-term API key",
                "regex": "\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "absk"
                ],
                "tags": [
                    "aws",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "aws-amazon-bedrock-api-key-short-lived",
                "description": "Amazon Bedrock short-term API key (presigned, base64 of bedrock.amazonaws.com)",
                "regex": "\\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=&%_-]{20,1000})",
                "entropy": 3,
                "keywords": [
                    "bedrock-api-key-"
                ],
                "tags": [
                    "aws",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "aws-mws-auth-token",
                "description": "Amazon Marketplace Web Service auth token",
                "regex": "\\b(amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b",
                "keywords": [
                    "amzn.mws."
                ],
                "tags": [
                    "aws"
                ],
                "severity": "high",
                "confidence": 0.9
            }
        ]
    },
    {
        "source": "src/rules/builtin/azure.toml",
        "rules": [
            {
                "id": "azure-storage-account-key",
                "description": "Azure Storage / Cosmos DB account key in a connection string",
                "regex": "(?i)\\bAccountKey\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{86}==)",
                "entropy": 4,
                "keywords": [
                    "accountkey"
                ],
                "tags": [
                    "azure",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.97,
                "revokeUrl": "https://portal.azure.com/#view/HubsExtension/BrowseResource/resourceType/Microsoft.Storage%2FStorageAccounts",
                "allowlists": [
                    {
                        "description": "Azurite emulator well-known key",
                        "regexes": [
                            "^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq"
                        ]
                    }
                ]
            },
            {
                "id": "azure-storage-key-assignment",
                "description": "Azure storage account key assigned to an Azure storage name",
                "regex": "(?i)(?:azure[\\w.-]{0,20}(?:storage|account)[\\w.-]{0,10}key|storage_?account_?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9+/]{86}==)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "azure",
                    "storage_account_key",
                    "storageaccountkey"
                ],
                "tags": [
                    "azure",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "azure-shared-access-key",
                "description": "Azure Service Bus / Event Hubs / IoT Hub shared access key in a connection string",
                "regex": "(?i)\\bSharedAccessKey\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{42,44}=)",
                "entropy": 4,
                "keywords": [
                    "sharedaccesskey="
                ],
                "tags": [
                    "azure",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.95
            },
            {
                "id": "azure-sas-token",
                "description": "Azure shared access signature (SAS) token in a URL or connection string",
                "regex": "(?i)\\bsv=20\\d\\d-\\d\\d-\\d\\d&[^\\s'\"<>]{0,300}?\\bsig=([A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})",
                "entropy": 4,
                "keywords": [
                    "sig="
                ],
                "tags": [
                    "azure",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "azure-ad-client-secret",
                "description": "Microsoft Entra ID (Azure AD) application client secret",
                "regex": "(?:^|[\\\\'\"\\x60\\s>=:(,])([A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?:$|[\\\\'\"\\x60\\s<),;])",
                "entropy": 3,
                "keywords": [
                    "q~"
                ],
                "tags": [
                    "azure",
                    "identity"
                ],
                "severity": "critical",
                "confidence": 0.95,
                "revokeUrl": "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade"
            },
            {
                "id": "azure-devops-pat",
                "description": "Azure DevOps personal access token (52-char base32) near an Azure DevOps name",
                "regex": "(?i)(?:azure[_-]?devops|\\bado_|azdo|system_accesstoken|vsts)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z2-7]{52})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "azure_devops",
                    "azure-devops",
                    "azuredevops",
                    "ado_",
                    "azdo",
                    "system_accesstoken",
                    "vsts"
                ],
                "tags": [
                    "azure",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.8,
                "revokeUrl": "https://dev.azure.com/_usersSettings/tokens"
            },
            {
                "id": "azure-devops-pat-v2",
                "description": "Azure DevOps personal access token (84-char format with AZDO signature)",
                "regex": "\\b([0-9A-Za-z]{52}AZDO[0-9A-Za-z]{28})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "azdo"
                ],
                "tags": [
                    "azure",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.95,
                "revokeUrl": "https://dev.azure.com/_usersSettings/tokens"
            },
            {
                "id": "azure-function-key",
                "description": "Azure Functions host or function key",
                "regex": "(?i)(?:x-functions-key|functions?_?key|azure_?function)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9_-]{54}==)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "functions-key",
                    "function_key",
                    "functionkey",
                    "functions_key",
                    "azure_function",
                    "azurefunction"
                ],
                "tags": [
                    "azure",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.85
            }
        ]
    },
    {
        "source": "src/rules/builtin/cloud.toml",
        "rules": [
            {
                "id": "digitalocean-pat",
                "description": "DigitalOcean personal access token",
                "regex": "\\b(dop_v1_[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "dop_v1_"
                ],
                "tags": [
                    "digitalocean",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://cloud.digitalocean.com/account/api/tokens"
            },
            {
                "id": "digitalocean-access-token",
                "description": "DigitalOcean OAuth access token",
                "regex": "\\b(doo_v1_[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "doo_v1_"
                ],
                "tags": [
                    "digitalocean",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://cloud.digitalocean.com/account/api/tokens"
            },
            {
                "id": "digitalocean-refresh-token",
                "description": "DigitalOcean OAuth refresh token",
                "regex": "\\b(dor_v1_[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "dor_v1_"
                ],
                "tags": [
                    "digitalocean",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.99,
                "revokeUrl": "https://cloud.digitalocean.com/account/api/tokens"
            },
            {
                "id": "alibaba-access-key-id",
                "description": "Alibaba Cloud AccessKey ID",
                "regex": "\\b(LTAI[0-9A-Za-z]{12,20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ltai"
                ],
                "tags": [
                    "alibaba",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "alibaba-secret-key",
                "description": "Alibaba Cloud AccessKey secret",
                "regex": "(?i)(?:alibaba|aliyun|access_?key_?secret)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "alibaba",
                    "aliyun",
                    "access_key_secret",
                    "accesskeysecret"
                ],
                "tags": [
                    "alibaba",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.75
            },
            {
                "id": "cloudflare-api-key",
                "description": "Cloudflare API token",
                "regex": "(?i)(?:cloudflare|cf_api)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "cloudflare",
                    "cf_api"
                ],
                "tags": [
                    "cloudflare",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.75,
                "revokeUrl": "https://dash.cloudflare.com/profile/api-tokens"
            },
            {
                "id": "cloudflare-global-api-key",
                "description": "Cloudflare global API key",
                "regex": "(?i)(?:cloudflare|cf_api)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{37})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "cloudflare",
                    "cf_api"
                ],
                "tags": [
                    "cloudflare",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.8,
                "revokeUrl": "https://dash.cloudflare.com/profile/api-tokens"
            },
            {
                "id": "cloudflare-origin-ca-key",
                "description": "Cloudflare Origin CA key",
                "regex": "\\b(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "v1.0-"
                ],
                "tags": [
                    "cloudflare",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "heroku-api-key",
                "description": "Heroku API key (UUID) near a Heroku name",
                "regex": "(?i)(?:heroku)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "heroku"
                ],
                "tags": [
                    "heroku",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.8,
                "revokeUrl": "https://dashboard.heroku.com/account"
            },
            {
                "id": "heroku-api-key-v2",
                "description": "Heroku API key (HRKU-AA prefix)",
                "regex": "\\b(HRKU-AA[0-9A-Za-z_-]{58})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "hrku-aa"
                ],
                "tags": [
                    "heroku",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://dashboard.heroku.com/account"
            },
            {
                "id": "netlify-access-token",
                "description": "Netlify access token",
                "regex": "(?i)(?:netlify)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{40,46})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "netlify"
                ],
                "tags": [
                    "netlify",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "netlify-pat",
                "description": "Netlify personal access token (nfp_ prefix)",
                "regex": "\\b(nf[pcuo]_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "nfp_",
                    "nfc_",
                    "nfu_",
                    "nfo_"
                ],
                "tags": [
                    "netlify",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "vercel-token",
                "description": "Vercel access token (vcp_/vci_/vca_/vcr_/vck_ prefix)",
                "regex": "\\b(vc[piark]_[0-9A-Za-z]{56})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "vcp_",
                    "vci_",
                    "vca_",
                    "vcr_",
                    "vck_"
                ],
                "tags": [
                    "vercel",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://vercel.com/account/settings/tokens"
            },
            {
                "id": "flyio-access-token",
                "description": "Fly.io access token",
                "regex": "\\b(fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "fo1_",
                    "fm1r_",
                    "fm1a_",
                    "fm2_"
                ],
                "tags": [
                    "flyio",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "fastly-api-token",
                "description": "Fastly API token",
                "regex": "(?i)(?:fastly)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "fastly"
                ],
                "tags": [
                    "fastly",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "scalingo-api-token",
                "description": "Scalingo API token",
                "regex": "\\b(tk-us-[\\w-]{48})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "tk-us-"
                ],
                "tags": [
                    "scalingo",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "openshift-user-token",
                "description": "OpenShift user token",
                "regex": "\\b(sha256~[\\w-]{43})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sha256~"
                ],
                "tags": [
                    "openshift",
                    "kubernetes"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "kubernetes-secret-yaml",
                "description": "Kubernetes Secret manifest with inline data values",
                "regex": "(?is)\\bkind:[ \\t]*[\"']?secret[\"']?\\s.{0,300}?\\b(?:data|stringData):[ \\t]*\\r?\\n[ \\t]+[\\w.-]+:[ \\t]*[\"']?([A-Za-z0-9+/]{16,}={0,3})[\"']?",
                "entropy": 3,
                "keywords": [
                    "kind: secret",
                    "kind:secret"
                ],
                "tags": [
                    "kubernetes"
                ],
                "severity": "high",
                "confidence": 0.8,
                "allowlists": [
                    {
                        "description": "templated values",
                        "regexTarget": "match",
                        "regexes": [
                            "\\{\\{"
                        ]
                    }
                ]
            },
            {
                "id": "linode-api-token",
                "description": "Linode (Akamai) personal access token near a Linode name",
                "regex": "(?i)(?:linode)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "linode"
                ],
                "tags": [
                    "linode",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "ibm-cloud-api-key",
                "description": "IBM Cloud API key near an IBM name",
                "regex": "(?i)(?:ibm[\\w.-]{0,10}(?:api)?[_.-]?key|ibmcloud)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9_-]{44})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "ibm"
                ],
                "tags": [
                    "ibm",
                    "cloud"
                ],
                "severity": "critical",
                "confidence": 0.75
            }
        ]
    },
    {
        "source": "src/rules/builtin/devops.toml",
        "rules": [
            {
                "id": "vault-service-token",
                "description": "HashiCorp Vault service token (hvs.)",
                "regex": "\\b(hvs\\.[\\w-]{90,120})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "hvs."
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.97
            },
            {
                "id": "vault-service-token-short",
                "description": "HashiCorp Vault service token (hvs., short form)",
                "regex": "\\b(hvs\\.[A-Za-z0-9]{24})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "hvs."
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "vault-batch-token",
                "description": "HashiCorp Vault batch token (hvb.)",
                "regex": "\\b(hvb\\.[\\w-]{138,300})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "hvb."
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "vault-recovery-token",
                "description": "HashiCorp Vault recovery token (hvr.)",
                "regex": "\\b(hvr\\.[A-Za-z0-9_-]{24,120})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "hvr."
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "vault-legacy-service-token",
                "description": "HashiCorp Vault legacy service token (s. prefix) near a Vault name",
                "regex": "(?i)(?:vault[\\w.-]{0,10}token|x-vault-token)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(s\\.[A-Za-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "vault"
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.85
            },
            {
                "id": "vault-unseal-key",
                "description": "HashiCorp Vault unseal key (base64, 44 chars) near an unseal name",
                "regex": "(?i)(?:unseal[_ -]?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9+/]{43}=)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "unseal"
                ],
                "tags": [
                    "vault",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.85
            },
            {
                "id": "hashicorp-tf-api-token",
                "description": "Terraform Cloud / HCP Terraform API token",
                "regex": "\\b([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "atlasv1"
                ],
                "tags": [
                    "terraform",
                    "iac"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://app.terraform.io/app/settings/tokens"
            },
            {
                "id": "hashicorp-tf-password",
                "description": "Password literal in a Terraform / HCL file",
                "regex": "(?i)\\b(?:administrator_login_password|admin_password|master_password|password)\\s{0,5}=\\s{0,5}\"([^\"$\\s{}]{8,64})\"",
                "entropy": 3,
                "keywords": [
                    "password"
                ],
                "path": "(?i)\\.(?:tf|tfvars|hcl)$",
                "tags": [
                    "terraform",
                    "iac",
                    "password"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "doppler-api-token",
                "description": "Doppler personal, CLI, service-account, SCIM or audit token",
                "regex": "\\b(dp\\.(?:pt|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "dp.pt.",
                    "dp.ct.",
                    "dp.sa.",
                    "dp.scim.",
                    "dp.audit."
                ],
                "tags": [
                    "doppler",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.97,
                "revokeUrl": "https://dashboard.doppler.com/workplace/tokens"
            },
            {
                "id": "doppler-service-token",
                "description": "Doppler service token",
                "regex": "\\b(dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "dp.st."
                ],
                "tags": [
                    "doppler",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.97
            },
            {
                "id": "1password-service-account-token",
                "description": "1Password service account token",
                "regex": "\\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})",
                "entropy": 4,
                "keywords": [
                    "ops_"
                ],
                "tags": [
                    "1password",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.97
            },
            {
                "id": "1password-secret-key",
                "description": "1Password account secret key",
                "regex": "\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b",
                "entropy": 3.5,
                "keywords": [
                    "a3-"
                ],
                "tags": [
                    "1password",
                    "secrets-manager"
                ],
                "severity": "critical",
                "confidence": 0.95
            },
            {
                "id": "age-secret-key",
                "description": "age encryption secret key",
                "regex": "\\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b",
                "entropy": 3.5,
                "keywords": [
                    "age-secret-key-1"
                ],
                "tags": [
                    "age",
                    "encryption",
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "pulumi-api-token",
                "description": "Pulumi access token",
                "regex": "\\b(pul-[a-f0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "pul-"
                ],
                "tags": [
                    "pulumi",
                    "iac"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://app.pulumi.com/account/tokens"
            },
            {
                "id": "infracost-api-token",
                "description": "Infracost API token",
                "regex": "(?:^|[^\\w./-])(ico-[A-Za-z0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ico-"
                ],
                "tags": [
                    "infracost",
                    "iac"
                ],
                "severity": "medium",
                "confidence": 0.9
            },
            {
                "id": "harness-api-key",
                "description": "Harness personal or service-account token",
                "regex": "\\b((?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "pat.",
                    "sat."
                ],
                "tags": [
                    "harness",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "octopus-deploy-api-key",
                "description": "Octopus Deploy API key",
                "regex": "\\b(API-[A-Z0-9]{26})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "api-"
                ],
                "tags": [
                    "octopus",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "travisci-access-token",
                "description": "Travis CI access token",
                "regex": "(?i)(?:travis)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "travis"
                ],
                "tags": [
                    "travis",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "droneci-access-token",
                "description": "Drone CI access token",
                "regex": "(?i)(?:drone)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "drone"
                ],
                "tags": [
                    "drone",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "circleci-token",
                "description": "CircleCI personal or project API token",
                "regex": "\\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}|CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "ccipat_",
                    "cciprj_"
                ],
                "tags": [
                    "circleci",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "codecov-access-token",
                "description": "Codecov upload/access token",
                "regex": "(?i)(?:codecov)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9-]{32,36})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "codecov"
                ],
                "tags": [
                    "codecov",
                    "cicd"
                ],
                "severity": "medium",
                "confidence": 0.7
            },
            {
                "id": "snyk-api-token",
                "description": "Snyk API token",
                "regex": "(?i)(?:snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "snyk"
                ],
                "tags": [
                    "snyk",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "sonar-api-token",
                "description": "SonarQube / SonarCloud token",
                "regex": "\\b((?:squ|sqp|sqa)_[a-f0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "squ_",
                    "sqp_",
                    "sqa_"
                ],
                "tags": [
                    "sonar",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "sonar-legacy-token",
                "description": "SonarQube legacy 40-char token near a sonar login/token name",
                "regex": "(?i)(?:sonar[_.-]?(?:login|token))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sonar"
                ],
                "tags": [
                    "sonar",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "sourcegraph-access-token",
                "description": "Sourcegraph access token",
                "regex": "\\b(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sgp_"
                ],
                "tags": [
                    "sourcegraph"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "prefect-api-token",
                "description": "Prefect API key",
                "regex": "\\b(pnu_[A-Za-z0-9]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "pnu_"
                ],
                "tags": [
                    "prefect"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "postman-api-token",
                "description": "Postman API key",
                "regex": "\\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "pmak-"
                ],
                "tags": [
                    "postman"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "readme-api-token",
                "description": "ReadMe API key",
                "regex": "\\b(rdme_[a-z0-9]{70})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "rdme_"
                ],
                "tags": [
                    "readme"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "settlemint-application-access-token",
                "description": "SettleMint application access token",
                "regex": "\\b(sm_aat_[A-Za-z0-9]{16})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sm_aat"
                ],
                "tags": [
                    "settlemint"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "settlemint-personal-access-token",
                "description": "SettleMint personal access token",
                "regex": "\\b(sm_pat_[A-Za-z0-9]{16})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sm_pat"
                ],
                "tags": [
                    "settlemint"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "settlemint-service-access-token",
                "description": "SettleMint service access token",
                "regex": "\\b(sm_sat_[A-Za-z0-9]{16})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sm_sat"
                ],
                "tags": [
                    "settlemint"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "defined-networking-api-token",
                "description": "Defined Networking (Nebula) API token",
                "regex": "\\b(dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "dnkey-"
                ],
                "tags": [
                    "defined-networking"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "authress-service-client-access-key",
                "description": "Authress service client access key",
                "regex": "\\b((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sc_",
                    "ext_",
                    "scauth_",
                    "authress_"
                ],
                "tags": [
                    "authress"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "clickhouse-cloud-api-secret-key",
                "description": "ClickHouse Cloud API secret key",
                "regex": "\\b(4b1d[A-Za-z0-9]{38})\\b",
                "entropy": 3,
                "keywords": [
                    "4b1d"
                ],
                "tags": [
                    "clickhouse",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "planetscale-api-token",
                "description": "PlanetScale service token",
                "regex": "\\b(pscale_tkn_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "pscale_tkn_"
                ],
                "tags": [
                    "planetscale",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "planetscale-oauth-token",
                "description": "PlanetScale OAuth token",
                "regex": "\\b(pscale_oauth_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "pscale_oauth_"
                ],
                "tags": [
                    "planetscale",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "planetscale-password",
                "description": "PlanetScale database password",
                "regex": "\\b(pscale_pw_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "pscale_pw_"
                ],
                "tags": [
                    "planetscale",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "confluent-access-token",
                "description": "Confluent Cloud API key",
                "regex": "(?i)(?:confluent)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "confluent"
                ],
                "tags": [
                    "confluent",
                    "database"
                ],
                "severity": "medium",
                "confidence": 0.6
            },
            {
                "id": "confluent-secret-key",
                "description": "Confluent Cloud API secret",
                "regex": "(?i)(?:confluent)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9+/]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "confluent"
                ],
                "tags": [
                    "confluent",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "databricks-api-token",
                "description": "Databricks personal access token",
                "regex": "\\b(dapi[a-f0-9]{32}(?:-\\d)?)(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "dapi"
                ],
                "tags": [
                    "databricks",
                    "data"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "okta-access-token",
                "description": "Okta API token",
                "regex": "(?i)(?:(?-i:[Oo]kta|OKTA))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(00[\\w=-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "okta"
                ],
                "tags": [
                    "okta",
                    "identity"
                ],
                "severity": "critical",
                "confidence": 0.85
            },
            {
                "id": "launchdarkly-access-token",
                "description": "LaunchDarkly API access token or SDK key",
                "regex": "\\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "api-",
                    "sdk-"
                ],
                "tags": [
                    "launchdarkly"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "linear-api-key",
                "description": "Linear API key",
                "regex": "\\b(lin_api_[A-Za-z0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "lin_api_"
                ],
                "tags": [
                    "linear"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "linear-client-secret",
                "description": "Linear OAuth client secret",
                "regex": "(?i)(?:linear)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "linear"
                ],
                "tags": [
                    "linear"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "sidekiq-secret",
                "description": "Sidekiq Pro/Enterprise gem source credentials",
                "regex": "(?i)(?:bundle_enterprise__contribsys__com|bundle_gems__contribsys__com)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{8}:[a-f0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 2.5,
                "keywords": [
                    "bundle_enterprise__contribsys__com",
                    "bundle_gems__contribsys__com"
                ],
                "tags": [
                    "sidekiq"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "sidekiq-sensitive-url",
                "description": "Sidekiq Pro/Enterprise gem source URL with credentials",
                "regex": "(?i)\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?:[/#?:]|$)",
                "entropy": 2.5,
                "keywords": [
                    "contribsys.com"
                ],
                "tags": [
                    "sidekiq"
                ],
                "severity": "high",
                "confidence": 0.97
            }
        ]
    },
    {
        "source": "src/rules/builtin/generic.toml",
        "rules": [
            {
                "id": "generic-api-key",
                "description": "Generic secret, token or API key in a quoted assignment (code, JSON, YAML, Terraform, XML attributes, Kotlin/Java/C# properties)",
                "regex": "(?i)(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"'\\x60]?\\]?(?:\\s{0,3}\\{\\s{0,3}get;\\s{0,3}(?:private\\s{1,3})?set;\\s{0,3}\\})?(?:\\s{0,3}:\\s{0,3}[A-Za-z][\\w.<>?\\[\\]]{0,30})?[ \\t]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[ \\t]{0,5}(?:process\\.env\\.\\w{1,60}[ \\t]{0,3}(?:\\?\\?|\\|\\|)[ \\t]{0,3})?[\"'\\x60]([^\"'\\x60\\s{}<>]{12,200})[\"'\\x60]|[\"'](?:[A-Za-z0-9]{1,20}[._-]){0,4}(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"'][ \\t]{0,3},[ \\t]{0,5}[\"']([^\"'\\x60\\s{}<>]{12,200})[\"']",
                "entropy": 3.3,
                "keywords": [
                    "secret",
                    "token",
                    "auth",
                    "credential",
                    "apikey",
                    "api_key",
                    "api.key",
                    "api-key",
                    "access_key",
                    "access.key",
                    "access-key",
                    "accesskey",
                    "private_key",
                    "private.key",
                    "private-key",
                    "privatekey",
                    "signing_key",
                    "signing.key",
                    "signing-key",
                    "signingkey",
                    "encryption_key",
                    "encryption.key",
                    "encryption-key",
                    "encryptionkey",
                    "master_key",
                    "master.key",
                    "master-key",
                    "masterkey",
                    "hmac_key",
                    "hmac.key",
                    "hmac-key",
                    "hmackey",
                    "session_key",
                    "session.key",
                    "session-key",
                    "sessionkey",
                    "admin_key",
                    "admin.key",
                    "admin-key",
                    "adminkey"
                ],
                "tags": [
                    "generic"
                ],
                "severity": "medium",
                "confidence": 0.5,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    },
                    {
                        "description": "names that hold metadata about a secret, not the secret",
                        "regexTarget": "match",
                        "regexes": [
                            "(?i)\\bauthor\\w{0,10}[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)",
                            "(?i)(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}?[_.-]?(?:name|label|hint|type|field|id|url|uri|endpoint|path|file|dir|prompt|placeholder|length|len|policy|regex|pattern|format|header|param|env|var|ref|count|expir\\w{0,6}|ttl|timeout|enabled|required|min|max|provider|method|mode|store|manager|version|location|hash|digest|checksum|fingerprint|title|description|caption|tooltip|help|message)[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)"
                        ]
                    },
                    {
                        "description": "public/publishable keys and CSRF tokens are not secrets",
                        "regexTarget": "line",
                        "regexes": [
                            "(?i)\\b(?:public|publishable|pub)[_.-]?(?:api[_.-]?)?(?:key|token)\\b",
                            "(?i)(?:csrf|xsrf)[_.-]?token"
                        ]
                    }
                ]
            },
            {
                "id": "generic-password",
                "description": "Password literal in a quoted assignment (code, JSON, YAML, Terraform, XML attributes, Kotlin/Java/C# properties)",
                "regex": "(?i)(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|[_.-]pass|[a-z0-9](?-i:Pass))[\"'\\x60]?\\]?(?:\\s{0,3}\\{\\s{0,3}get;\\s{0,3}(?:private\\s{1,3})?set;\\s{0,3}\\})?(?:\\s{0,3}:\\s{0,3}[A-Za-z][\\w.<>?\\[\\]]{0,30})?[ \\t]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[ \\t]{0,5}(?:process\\.env\\.\\w{1,60}[ \\t]{0,3}(?:\\?\\?|\\|\\|)[ \\t]{0,3})?[\"'\\x60]([^\"'\\x60\\s{}<>]{8,200})[\"'\\x60]|[\"'](?:[A-Za-z0-9]{1,20}[._-]){0,4}(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|pass)[\"'][ \\t]{0,3},[ \\t]{0,5}[\"']([^\"'\\x60\\s{}<>]{8,200})[\"']",
                "entropy": 3,
                "keywords": [
                    "password",
                    "passwd",
                    "pwd",
                    "passphrase",
                    "pass_phrase",
                    "pass"
                ],
                "tags": [
                    "generic",
                    "password"
                ],
                "severity": "medium",
                "confidence": 0.55,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    },
                    {
                        "description": "names that hold metadata about a secret, not the secret",
                        "regexTarget": "match",
                        "regexes": [
                            "(?i)\\bauthor\\w{0,10}[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)",
                            "(?i)(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}?[_.-]?(?:name|label|hint|type|field|id|url|uri|endpoint|path|file|dir|prompt|placeholder|length|len|policy|regex|pattern|format|header|param|env|var|ref|count|expir\\w{0,6}|ttl|timeout|enabled|required|min|max|provider|method|mode|store|manager|version|location|hash|digest|checksum|fingerprint|title|description|caption|tooltip|help|message)[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)"
                        ]
                    },
                    {
                        "description": "dotenv files are covered by generic-password-dotenv",
                        "paths": [
                            "(?i)(?:^|/)\\.env(?:\\.[\\w.-]+)?$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-unquoted",
                "description": "Generic secret, token or API key as an unquoted value (.env, shell export, INI, Java properties, YAML)",
                "regex": "(?im)^[ \\t]*(?:-[ \\t]{1,5})?(?:export[ \\t]{1,5}|set[ \\t]{1,5}|readonly[ \\t]{1,5}|env[ \\t]{1,5}|arg[ \\t]{1,5}|declare[ \\t]{1,5}(?:-x[ \\t]{1,5})?)?[\\w.-]{0,40}?(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[ \\t]{0,5}(?::=|=|:)[ \\t]{0,5}([^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]=][^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]]{11,199})[ \\t]{0,5}(?:[ \\t]#[^\\r\\n]{0,200})?\\r?$",
                "entropy": 3.3,
                "keywords": [
                    "secret",
                    "token",
                    "auth",
                    "credential",
                    "apikey",
                    "api_key",
                    "api.key",
                    "api-key",
                    "access_key",
                    "access.key",
                    "access-key",
                    "accesskey",
                    "private_key",
                    "private.key",
                    "private-key",
                    "privatekey",
                    "signing_key",
                    "signing.key",
                    "signing-key",
                    "signingkey",
                    "encryption_key",
                    "encryption.key",
                    "encryption-key",
                    "encryptionkey",
                    "master_key",
                    "master.key",
                    "master-key",
                    "masterkey",
                    "hmac_key",
                    "hmac.key",
                    "hmac-key",
                    "hmackey",
                    "session_key",
                    "session.key",
                    "session-key",
                    "sessionkey",
                    "admin_key",
                    "admin.key",
                    "admin-key",
                    "adminkey"
                ],
                "tags": [
                    "generic"
                ],
                "severity": "medium",
                "confidence": 0.5,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    },
                    {
                        "description": "names that hold metadata about a secret, not the secret",
                        "regexTarget": "match",
                        "regexes": [
                            "(?i)\\bauthor\\w{0,10}[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)",
                            "(?i)(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}?[_.-]?(?:name|label|hint|type|field|id|url|uri|endpoint|path|file|dir|prompt|placeholder|length|len|policy|regex|pattern|format|header|param|env|var|ref|count|expir\\w{0,6}|ttl|timeout|enabled|required|min|max|provider|method|mode|store|manager|version|location|hash|digest|checksum|fingerprint|title|description|caption|tooltip|help|message)[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)"
                        ]
                    },
                    {
                        "description": "public/publishable keys and CSRF tokens are not secrets",
                        "regexTarget": "line",
                        "regexes": [
                            "(?i)\\b(?:public|publishable|pub)[_.-]?(?:api[_.-]?)?(?:key|token)\\b",
                            "(?i)(?:csrf|xsrf)[_.-]?token"
                        ]
                    }
                ]
            },
            {
                "id": "generic-password-unquoted",
                "description": "Password as an unquoted value (shell export, INI, Java properties, YAML)",
                "regex": "(?im)^[ \\t]*(?:-[ \\t]{1,5})?(?:export[ \\t]{1,5}|set[ \\t]{1,5}|readonly[ \\t]{1,5}|env[ \\t]{1,5}|arg[ \\t]{1,5}|declare[ \\t]{1,5}(?:-x[ \\t]{1,5})?)?[\\w.-]{0,40}?(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|[_.-]pass)[ \\t]{0,5}(?::=|=|:)[ \\t]{0,5}([^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]=][^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]]{7,199})[ \\t]{0,5}(?:[ \\t]#[^\\r\\n]{0,200})?\\r?$",
                "entropy": 3,
                "keywords": [
                    "password",
                    "passwd",
                    "pwd",
                    "passphrase",
                    "pass_phrase",
                    "pass"
                ],
                "tags": [
                    "generic",
                    "password"
                ],
                "severity": "medium",
                "confidence": 0.55,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    },
                    {
                        "description": "names that hold metadata about a secret, not the secret",
                        "regexTarget": "match",
                        "regexes": [
                            "(?i)\\bauthor\\w{0,10}[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)",
                            "(?i)(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}?[_.-]?(?:name|label|hint|type|field|id|url|uri|endpoint|path|file|dir|prompt|placeholder|length|len|policy|regex|pattern|format|header|param|env|var|ref|count|expir\\w{0,6}|ttl|timeout|enabled|required|min|max|provider|method|mode|store|manager|version|location|hash|digest|checksum|fingerprint|title|description|caption|tooltip|help|message)[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)"
                        ]
                    },
                    {
                        "description": "dotenv files are covered by generic-password-dotenv",
                        "paths": [
                            "(?i)(?:^|/)\\.env(?:\\.[\\w.-]+)?$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-password-dotenv",
                "description": "Password in a .env file",
                "regex": "(?im)^[ \\t]*(?:export[ \\t]{1,5})?[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|pass)[\\w.-]{0,20}[ \\t]{0,3}=[ \\t]{0,3}[\"']?([^\\s'\"\\x60$\\{\\}<>#]{8,200})[\"']?[ \\t]{0,5}\\r?$",
                "entropy": 2.8,
                "keywords": [
                    "pass",
                    "pwd"
                ],
                "path": "(?i)(?:^|/)\\.env(?:\\.[\\w.-]+)?$",
                "tags": [
                    "generic",
                    "password",
                    "dotenv"
                ],
                "severity": "high",
                "confidence": 0.7,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-xml-element",
                "description": "Secret or password as the text of an XML element (<password>…</password>, Maven settings.xml, Spring XML)",
                "regex": "(?i)<[\\w.:-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.:-]{0,20}>[ \\t]{0,5}([^<>\\s]{8,200})[ \\t]{0,5}</",
                "entropy": 3,
                "keywords": [
                    "pass",
                    "pwd",
                    "secret",
                    "token",
                    "auth",
                    "credential",
                    "apikey",
                    "api_key",
                    "api.key",
                    "api-key",
                    "access_key",
                    "access.key",
                    "access-key",
                    "accesskey",
                    "private_key",
                    "private.key",
                    "private-key",
                    "privatekey",
                    "signing_key",
                    "signing.key",
                    "signing-key",
                    "signingkey",
                    "encryption_key",
                    "encryption.key",
                    "encryption-key",
                    "encryptionkey",
                    "master_key",
                    "master.key",
                    "master-key",
                    "masterkey",
                    "hmac_key",
                    "hmac.key",
                    "hmac-key",
                    "hmackey",
                    "session_key",
                    "session.key",
                    "session-key",
                    "sessionkey",
                    "admin_key",
                    "admin.key",
                    "admin-key",
                    "adminkey"
                ],
                "tags": [
                    "generic",
                    "xml"
                ],
                "severity": "medium",
                "confidence": 0.6,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-config-add-key",
                "description": "Secret in an app.config / web.config / Spring XML <add key=\"…Password|Secret|Token…\" value=\"…\"/> or <property name=… value=…/> entry",
                "regex": "(?i)<(?:add|property|param|setting|entry)\\s{1,5}(?:key|name)\\s{0,3}=\\s{0,3}\"(?:[\\w.:-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.:-]{0,20}|[\\w.:-]{0,40}?(?:[a-z0-9](?-i:Pass)|[_.:-]pass))\"\\s{1,5}value\\s{0,3}=\\s{0,3}\"([^\"\\s]{8,200})\"",
                "entropy": 3,
                "keywords": [
                    "<add key=",
                    "<add name=",
                    "<property name=",
                    "<param name=",
                    "<setting name=",
                    "<entry key="
                ],
                "tags": [
                    "generic",
                    "xml",
                    "dotnet"
                ],
                "severity": "medium",
                "confidence": 0.65,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-setter",
                "description": "Secret passed as a literal to a setter or builder (setPassword(\"…\"), .apiKey(\"…\"), withToken(\"…\"))",
                "regex": "(?i)(?:\\.|\\bset|\\bwith)(?:password|passwd|passphrase|secret|client_?secret|token|access_?token|auth_?token|api_?key|access_?key|secret_?key|private_?key|credentials?)\\s{0,3}\\(\\s{0,3}[\"'\\x60]([^\"'\\x60\\s]{8,200})[\"'\\x60]\\s{0,3}\\)",
                "entropy": 3,
                "keywords": [
                    "pass",
                    "secret",
                    "token",
                    "credential",
                    "apikey",
                    "api_key",
                    "accesskey",
                    "access_key",
                    "privatekey",
                    "private_key"
                ],
                "tags": [
                    "generic",
                    "code"
                ],
                "severity": "medium",
                "confidence": 0.6,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-cli-flag",
                "description": "Secret passed on a command line (--password=…, --token …, -storepass …)",
                "regex": "(?i)(?:^|\\s)(?:--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token|access-token|registry-password)|-(?:storepass|keypass|srcstorepass|deststorepass))(?:=|[ \\t]{1,3})[\"']?([^\\s'\"$\\{\\}<>|;&()]{8,200})[\"']?(?:\\s|$)",
                "entropy": 3,
                "keywords": [
                    "--pass",
                    "--token",
                    "--api",
                    "--secret",
                    "--client-secret",
                    "--auth-token",
                    "--access-token",
                    "--registry-password",
                    "storepass",
                    "keypass"
                ],
                "tags": [
                    "generic",
                    "cli"
                ],
                "severity": "medium",
                "confidence": 0.6,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-k8s-env",
                "description": "Secret literal in a Kubernetes / compose env list entry (- name: …SECRET… then value: …)",
                "regex": "(?im)-[ \\t]{1,5}name:[ \\t]{0,3}[\"']?[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|[_.-]pass|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"']?[ \\t]{0,5}\\r?\\n[ \\t]{1,40}value:[ \\t]{0,3}(?:[\"']([^\"'\\s]{8,200})[\"']|([^\\s'\"\\x60$\\{\\}<>#]{8,200}))[ \\t]{0,5}\\r?$",
                "entropy": 3.3,
                "keywords": [
                    "value:"
                ],
                "tags": [
                    "generic",
                    "kubernetes",
                    "yaml"
                ],
                "severity": "medium",
                "confidence": 0.6,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            },
            {
                "id": "generic-secret-dockerfile-env",
                "description": "Secret literal in a Dockerfile ENV/ARG instruction in the space-separated form (ENV NAME value)",
                "regex": "(?im)^[ \\t]*(?:ENV|ARG)[ \\t]{1,5}[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|[_.-]pass|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[ \\t]{1,10}(?:[\"']([^\"'\\s]{8,200})[\"']|([^\\s'\"\\x60$\\{\\}<>#=][^\\s'\"\\x60$\\{\\}<>#]{7,199}))[ \\t]{0,5}\\r?$",
                "entropy": 3.3,
                "keywords": [
                    "env ",
                    "arg "
                ],
                "tags": [
                    "generic",
                    "dockerfile"
                ],
                "severity": "medium",
                "confidence": 0.6,
                "allowlists": [
                    {
                        "description": "references, paths, URLs, booleans, numbers, UUIDs, integrity hashes and identifiers are not secrets",
                        "regexTarget": "secret",
                        "regexes": [
                            "^\\$[\\w{(]",
                            "^%[\\w.()-]+%?s?$",
                            "^\\{\\{.*\\}\\}$",
                            "^<[^>]*>$",
                            "^#\\{.*\\}#?$",
                            "^@[\\w.-]+@?$",
                            "(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$",
                            "^-?[0-9]+(?:\\.[0-9]+)?$",
                            "^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)",
                            "(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$",
                            "^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$",
                            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                            "^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$",
                            "^[a-z_]+(?:[.:][a-z_]+)+$",
                            "^[A-Z][A-Z0-9_]{3,}$",
                            "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?",
                            "^[*xX.#_-]+$",
                            "(?i)example|sample|dummy|placeholder",
                            "^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$",
                            "^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$",
                            "^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$",
                            "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$",
                            "^(?:gh[pousr]_|github_pat_|npm_|glpat-)",
                            "^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$",
                            "^[A-Z]?[a-z]{3,40}$",
                            "^ENC\\[[A-Z0-9_]+,data:",
                            "^arn:aws[\\w-]*:",
                            "(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$",
                            "(?:^|=)(?:vault|sops|env)://",
                            "(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$",
                            "(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real",
                            "(?i)\\.apps\\.googleusercontent\\.com$",
                            "^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$"
                        ]
                    }
                ]
            }
        ]
    },
    {
        "source": "src/rules/builtin/github.toml",
        "rules": [
            {
                "id": "github-pat",
                "description": "GitHub classic personal access token",
                "regex": "\\b(ghp_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ghp_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "checksum": "github-crc32",
                "revokeUrl": "https://github.com/settings/tokens"
            },
            {
                "id": "github-oauth",
                "description": "GitHub OAuth access token",
                "regex": "\\b(gho_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "gho_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "checksum": "github-crc32",
                "revokeUrl": "https://github.com/settings/applications"
            },
            {
                "id": "github-app-user-token",
                "description": "GitHub App user-to-server token",
                "regex": "\\b(ghu_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ghu_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.99,
                "checksum": "github-crc32",
                "revokeUrl": "https://github.com/settings/apps/authorizations"
            },
            {
                "id": "github-app-token",
                "description": "GitHub App installation (server-to-server) token",
                "regex": "\\b(ghs_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ghs_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.99,
                "checksum": "github-crc32",
                "revokeUrl": "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token"
            },
            {
                "id": "github-refresh-token",
                "description": "GitHub App refresh token",
                "regex": "\\b(ghr_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "ghr_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.99,
                "checksum": "github-crc32",
                "revokeUrl": "https://github.com/settings/apps/authorizations"
            },
            {
                "id": "github-fine-grained-pat",
                "description": "GitHub fine-grained personal access token",
                "regex": "\\b(github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "github_pat_"
                ],
                "tags": [
                    "github",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://github.com/settings/tokens?type=beta"
            }
        ]
    },
    {
        "source": "src/rules/builtin/gitlab.toml",
        "rules": [
            {
                "id": "gitlab-pat",
                "description": "GitLab personal access token (legacy 20-char form)",
                "regex": "\\b(glpat-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glpat-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.95,
                "revokeUrl": "https://gitlab.com/-/user_settings/personal_access_tokens"
            },
            {
                "id": "gitlab-pat-routable",
                "description": "GitLab routable personal access token",
                "regex": "\\b(glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7})\\b",
                "entropy": 4,
                "keywords": [
                    "glpat-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "critical",
                "confidence": 0.97,
                "revokeUrl": "https://gitlab.com/-/user_settings/personal_access_tokens"
            },
            {
                "id": "gitlab-ptt",
                "description": "GitLab pipeline trigger token",
                "regex": "\\b(glptt-[0-9a-f]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glptt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-rrt",
                "description": "GitLab runner registration token",
                "regex": "\\b(GR1348941[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "gr1348941"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-runner-authentication-token",
                "description": "GitLab runner authentication token",
                "regex": "\\b(glrt-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glrt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-runner-authentication-token-routable",
                "description": "GitLab routable runner authentication token",
                "regex": "\\b(glrt-t\\d_[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7})\\b",
                "entropy": 4,
                "keywords": [
                    "glrt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "gitlab-cicd-job-token",
                "description": "GitLab CI/CD job token",
                "regex": "\\b(glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glcbt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "gitlab-deploy-token",
                "description": "GitLab deploy token",
                "regex": "\\b(gldt-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "gldt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-feature-flag-client-token",
                "description": "GitLab feature flag client token",
                "regex": "\\b(glffct-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glffct-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "gitlab-feed-token",
                "description": "GitLab feed token",
                "regex": "\\b(glft-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glft-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "gitlab-incoming-mail-token",
                "description": "GitLab incoming mail token",
                "regex": "\\b(glimt-[0-9A-Za-z_-]{25})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glimt-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "gitlab-kubernetes-agent-token",
                "description": "GitLab Kubernetes agent token",
                "regex": "\\b(glagent-[0-9A-Za-z_-]{50})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glagent-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-oauth-app-secret",
                "description": "GitLab OAuth application secret",
                "regex": "\\b(gloas-[0-9A-Za-z_-]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "gloas-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-scim-token",
                "description": "GitLab SCIM OAuth token",
                "regex": "\\b(glsoat-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "glsoat-"
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "gitlab-session-cookie",
                "description": "GitLab session cookie",
                "regex": "(?:_gitlab_session=)([0-9a-z]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "_gitlab_session="
                ],
                "tags": [
                    "gitlab",
                    "vcs"
                ],
                "severity": "high",
                "confidence": 0.9
            }
        ]
    },
    {
        "source": "src/rules/builtin/google.toml",
        "rules": [
            {
                "id": "gcp-api-key",
                "description": "Google API key",
                "regex": "\\b(AIza[0-9A-Za-z_-]{35})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "aiza"
                ],
                "tags": [
                    "google",
                    "cloud"
                ],
                "severity": "high",
                "confidence": 0.95,
                "revokeUrl": "https://console.cloud.google.com/apis/credentials"
            },
            {
                "id": "gcp-service-account",
                "description": "Google Cloud service-account key file (JSON with type service_account and a private key)",
                "regex": "(?s)\"type\"\\s{0,10}:\\s{0,10}\"service_account\".{0,1000}?\"private_key\"\\s{0,10}:\\s{0,10}\"(-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\\\ \\r\\n]{64,}?-----END[A-Z ]{0,20}PRIVATE KEY-----)|\"private_key\"\\s{0,10}:\\s{0,10}\"(-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\\\ \\r\\n]{64,}?-----END[A-Z ]{0,20}PRIVATE KEY-----)\\\\?n?\".{0,1000}?\"type\"\\s{0,10}:\\s{0,10}\"service_account\"",
                "entropy": 3,
                "keywords": [
                    "service_account"
                ],
                "tags": [
                    "google",
                    "cloud",
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://console.cloud.google.com/iam-admin/serviceaccounts"
            },
            {
                "id": "google-oauth-client-secret",
                "description": "Google OAuth client secret",
                "regex": "\\b(GOCSPX-[0-9A-Za-z_-]{28})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "gocspx-"
                ],
                "tags": [
                    "google"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://console.cloud.google.com/apis/credentials"
            },
            {
                "id": "google-oauth-refresh-token",
                "description": "Google OAuth refresh token",
                "regex": "\\b(1//0[0-9A-Za-z_-]{60,120})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "1//0"
                ],
                "tags": [
                    "google"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "google-oauth-access-token",
                "description": "Google OAuth access token",
                "regex": "\\b(ya29\\.[0-9A-Za-z_-]{30,400})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "ya29."
                ],
                "tags": [
                    "google"
                ],
                "severity": "medium",
                "confidence": 0.9
            },
            {
                "id": "firebase-cloud-messaging-key",
                "description": "Firebase Cloud Messaging legacy server key",
                "regex": "\\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "apa91b"
                ],
                "tags": [
                    "google",
                    "firebase"
                ],
                "severity": "high",
                "confidence": 0.97
            }
        ]
    },
    {
        "source": "src/rules/builtin/jwt.toml",
        "rules": [
            {
                "id": "jwt",
                "description": "JSON Web Token (signed; header and payload decode to JSON)",
                "regex": "\\b(eyJ[A-Za-z0-9_-]{15,}\\.eyJ[A-Za-z0-9_-]{15,}\\.[A-Za-z0-9_-]{10,})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "eyj"
                ],
                "tags": [
                    "jwt"
                ],
                "severity": "medium",
                "confidence": 0.7,
                "checksum": "jwt"
            },
            {
                "id": "jwt-base64",
                "description": "Base64-encoded JSON Web Token",
                "regex": "\\b(ZXlK(?:aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|cGMzTWlPaU|MGVYQWlPaUp|cmFXUWlP|emRXSWlPaU)[A-Za-z0-9+/]{60,}={0,2})",
                "entropy": 3,
                "keywords": [
                    "zxlk"
                ],
                "tags": [
                    "jwt"
                ],
                "severity": "medium",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/messaging.toml",
        "rules": [
            {
                "id": "twilio-api-key",
                "description": "Twilio API key SID",
                "regex": "\\b(SK[0-9a-fA-F]{32})\\b",
                "entropy": 3,
                "keywords": [
                    "sk"
                ],
                "tags": [
                    "twilio",
                    "sms"
                ],
                "severity": "high",
                "confidence": 0.7,
                "revokeUrl": "https://console.twilio.com/us1/account/keys-credentials/api-keys"
            },
            {
                "id": "twilio-auth-token",
                "description": "Twilio account auth token near a Twilio name",
                "regex": "(?i)(?:twilio)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twilio"
                ],
                "tags": [
                    "twilio",
                    "sms"
                ],
                "severity": "critical",
                "confidence": 0.75,
                "revokeUrl": "https://console.twilio.com/"
            },
            {
                "id": "sendgrid-api-token",
                "description": "SendGrid API key",
                "regex": "\\b(SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sg."
                ],
                "tags": [
                    "sendgrid",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://app.sendgrid.com/settings/api_keys"
            },
            {
                "id": "mailgun-private-api-token",
                "description": "Mailgun private API key",
                "regex": "(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(key-[a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailgun"
                ],
                "tags": [
                    "mailgun",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://app.mailgun.com/settings/api_security"
            },
            {
                "id": "mailgun-api-key-v2",
                "description": "Mailgun API key (newer 32hex-8hex-8hex form) near a Mailgun name",
                "regex": "(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailgun"
                ],
                "tags": [
                    "mailgun",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "mailgun-pub-key",
                "description": "Mailgun public validation key",
                "regex": "(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(pubkey-[a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailgun"
                ],
                "tags": [
                    "mailgun",
                    "email"
                ],
                "severity": "low",
                "confidence": 0.9
            },
            {
                "id": "mailgun-signing-key",
                "description": "Mailgun webhook signing key",
                "regex": "(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailgun"
                ],
                "tags": [
                    "mailgun",
                    "email"
                ],
                "severity": "medium",
                "confidence": 0.8
            },
            {
                "id": "mailchimp-api-key",
                "description": "Mailchimp API key",
                "regex": "(?i)(?:mailchimp)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32}-us[0-9]{1,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailchimp"
                ],
                "tags": [
                    "mailchimp",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "mandrill-api-key",
                "description": "Mailchimp Transactional (Mandrill) API key near a Mandrill name",
                "regex": "(?i)(?:mandrill)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(md-[0-9A-Za-z_-]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mandrill"
                ],
                "tags": [
                    "mailchimp",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "sendinblue-api-token",
                "description": "Brevo (Sendinblue) API key",
                "regex": "\\b(xkeysib-[a-f0-9]{64}-[0-9A-Za-z]{16})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xkeysib-"
                ],
                "tags": [
                    "brevo",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "postmark-server-token",
                "description": "Postmark server token near a Postmark name",
                "regex": "(?i)(?:postmark)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "postmark"
                ],
                "tags": [
                    "postmark",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "messagebird-api-token",
                "description": "MessageBird API token",
                "regex": "(?i)(?:message[_-]?bird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{25})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "messagebird",
                    "message-bird",
                    "message_bird"
                ],
                "tags": [
                    "messagebird",
                    "sms"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "messagebird-client-id",
                "description": "MessageBird client ID",
                "regex": "(?i)(?:message[_-]?bird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "messagebird",
                    "message-bird",
                    "message_bird"
                ],
                "tags": [
                    "messagebird",
                    "sms"
                ],
                "severity": "low",
                "confidence": 0.6
            },
            {
                "id": "sendbird-access-id",
                "description": "Sendbird application ID",
                "regex": "(?i)(?:sendbird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sendbird"
                ],
                "tags": [
                    "sendbird",
                    "chat"
                ],
                "severity": "low",
                "confidence": 0.6
            },
            {
                "id": "sendbird-access-token",
                "description": "Sendbird API token",
                "regex": "(?i)(?:sendbird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sendbird"
                ],
                "tags": [
                    "sendbird",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "discord-bot-token",
                "description": "Discord bot token",
                "regex": "\\b([MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "discord",
                    "bot"
                ],
                "tags": [
                    "discord",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.75,
                "revokeUrl": "https://discord.com/developers/applications"
            },
            {
                "id": "discord-webhook-url",
                "description": "Discord webhook URL",
                "regex": "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d+)?/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,80})",
                "entropy": 3.5,
                "keywords": [
                    "discord.com/api",
                    "discordapp.com/api"
                ],
                "tags": [
                    "discord",
                    "webhook"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "discord-api-token",
                "description": "Discord application public key / API token (64 hex) near a Discord name",
                "regex": "(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "discord"
                ],
                "tags": [
                    "discord",
                    "chat"
                ],
                "severity": "medium",
                "confidence": 0.6
            },
            {
                "id": "discord-client-id",
                "description": "Discord client ID",
                "regex": "(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{17,19})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 2,
                "keywords": [
                    "discord"
                ],
                "tags": [
                    "discord",
                    "chat"
                ],
                "severity": "low",
                "confidence": 0.5
            },
            {
                "id": "discord-client-secret",
                "description": "Discord OAuth client secret",
                "regex": "(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "discord"
                ],
                "tags": [
                    "discord",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "telegram-bot-api-token",
                "description": "Telegram bot API token",
                "regex": "(?i)(?:telegr|tg_bot|bot_?token)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{5,16}:(?-i:A)[a-z0-9_-]{34})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "telegr",
                    "tg_bot",
                    "bot_token",
                    "bottoken"
                ],
                "tags": [
                    "telegram",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://t.me/BotFather"
            },
            {
                "id": "microsoft-teams-webhook",
                "description": "Microsoft Teams incoming webhook URL",
                "regex": "https://[a-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/([a-z0-9]{32})/[a-z0-9-]{36}",
                "entropy": 3,
                "keywords": [
                    "webhook.office.com"
                ],
                "tags": [
                    "microsoft",
                    "webhook"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "mattermost-access-token",
                "description": "Mattermost access token",
                "regex": "(?i)(?:mattermost)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{26})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mattermost"
                ],
                "tags": [
                    "mattermost",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "gitter-access-token",
                "description": "Gitter access token",
                "regex": "(?i)(?:gitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "gitter"
                ],
                "tags": [
                    "gitter",
                    "chat"
                ],
                "severity": "medium",
                "confidence": 0.7
            },
            {
                "id": "intercom-api-key",
                "description": "Intercom access token",
                "regex": "(?i)(?:intercom)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{60})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "intercom"
                ],
                "tags": [
                    "intercom"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "zendesk-secret-key",
                "description": "Zendesk API token",
                "regex": "(?i)(?:zendesk)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "zendesk"
                ],
                "tags": [
                    "zendesk"
                ],
                "severity": "high",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/observability.toml",
        "rules": [
            {
                "id": "datadog-access-token",
                "description": "Datadog API or application key",
                "regex": "(?i)(?:datadog|\\bdd_(?:api|app|application))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32}|[a-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "datadog",
                    "dd_api",
                    "dd_app"
                ],
                "tags": [
                    "datadog",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "new-relic-user-api-key",
                "description": "New Relic user API key",
                "regex": "\\b(NRAK-[A-Z0-9]{27})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "nrak-"
                ],
                "tags": [
                    "newrelic",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "new-relic-insert-key",
                "description": "New Relic insert key",
                "regex": "\\b(NRII-[A-Za-z0-9-]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "nrii-"
                ],
                "tags": [
                    "newrelic",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "new-relic-browser-api-token",
                "description": "New Relic browser API token",
                "regex": "\\b(NRJS-[a-f0-9]{19})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "nrjs-"
                ],
                "tags": [
                    "newrelic",
                    "observability"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "new-relic-license-key",
                "description": "New Relic ingest license key",
                "regex": "\\b([a-f0-9]{32}NRAL)(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "nral"
                ],
                "tags": [
                    "newrelic",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "new-relic-user-api-id",
                "description": "New Relic user API ID",
                "regex": "(?i)(?:new-relic|newrelic|new_relic)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "new-relic",
                    "newrelic",
                    "new_relic"
                ],
                "tags": [
                    "newrelic",
                    "observability"
                ],
                "severity": "medium",
                "confidence": 0.6
            },
            {
                "id": "sentry-user-token",
                "description": "Sentry user auth token",
                "regex": "\\b(sntryu_[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sntryu_"
                ],
                "tags": [
                    "sentry",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://sentry.io/settings/account/api/auth-tokens/"
            },
            {
                "id": "sentry-org-token",
                "description": "Sentry organization auth token",
                "regex": "\\b(sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,400}={0,2}_[A-Za-z0-9+/]{43})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "sntrys_eyjpyxqio"
                ],
                "tags": [
                    "sentry",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "sentry-access-token",
                "description": "Sentry legacy auth token (64 hex) near a Sentry name",
                "regex": "(?i)(?:sentry)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sentry"
                ],
                "tags": [
                    "sentry",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "grafana-api-key",
                "description": "Grafana API key (legacy, base64 JSON)",
                "regex": "\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "eyjrijoi"
                ],
                "tags": [
                    "grafana",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "grafana-cloud-api-token",
                "description": "Grafana Cloud access policy token",
                "regex": "\\b(glc_[A-Za-z0-9+/]{32,400}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "glc_"
                ],
                "tags": [
                    "grafana",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "grafana-service-account-token",
                "description": "Grafana service account token",
                "regex": "\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "glsa_"
                ],
                "tags": [
                    "grafana",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "dynatrace-api-token",
                "description": "Dynatrace API token",
                "regex": "\\b(dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "dt0c01."
                ],
                "tags": [
                    "dynatrace",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "sumologic-access-id",
                "description": "Sumo Logic access ID",
                "regex": "(?i)(?:(?-i:[Ss]umo|SUMO))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(su[a-zA-Z0-9]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "sumo"
                ],
                "tags": [
                    "sumologic",
                    "observability"
                ],
                "severity": "low",
                "confidence": 0.6
            },
            {
                "id": "sumologic-access-token",
                "description": "Sumo Logic access key",
                "regex": "(?i)(?:(?-i:[Ss]umo|SUMO))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sumo"
                ],
                "tags": [
                    "sumologic",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "cisco-meraki-api-key",
                "description": "Cisco Meraki Dashboard API key",
                "regex": "(?i)(?:(?-i:[Mm]eraki|MERAKI))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?-i:[0-9a-f]{40}))(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "meraki"
                ],
                "tags": [
                    "cisco",
                    "network"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "honeycomb-api-key",
                "description": "Honeycomb ingest key near a Honeycomb name",
                "regex": "(?i)(?:honeycomb)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(hc[a-z]ik_[0-9a-z]{58}|[a-z0-9]{22,32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "honeycomb"
                ],
                "tags": [
                    "honeycomb",
                    "observability"
                ],
                "severity": "high",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/packages.toml",
        "rules": [
            {
                "id": "npm-access-token",
                "description": "npm access token",
                "regex": "\\b(npm_[0-9A-Za-z]{36})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "npm_"
                ],
                "tags": [
                    "npm",
                    "supply-chain"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "checksum": "npm-crc32",
                "revokeUrl": "https://www.npmjs.com/settings/~/tokens"
            },
            {
                "id": "npmrc-auth-token",
                "description": "Registry auth token in .npmrc / .yarnrc (non-npm_ format, e.g. private registries)",
                "regex": "(?i)(?:^|\\s)(?://[^\\s:]{3,200}/:)?_(?:auth(?:Token)?|password)\\s{0,3}=\\s{0,3}[\"']?([A-Za-z0-9+/=._-]{20,1000})[\"']?(?:\\s|$)",
                "entropy": 3.5,
                "keywords": [
                    "_authtoken",
                    "_auth",
                    "_password"
                ],
                "tags": [
                    "npm",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "pypi-upload-token",
                "description": "PyPI API token (macaroon)",
                "regex": "\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})",
                "entropy": 3,
                "keywords": [
                    "pypi-ageichlwas5vcmc"
                ],
                "tags": [
                    "pypi",
                    "supply-chain"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://pypi.org/manage/account/token/"
            },
            {
                "id": "pypi-test-upload-token",
                "description": "TestPyPI API token (macaroon)",
                "regex": "\\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})",
                "entropy": 3,
                "keywords": [
                    "pypi-agendgvzdc5wexbplm9yzw"
                ],
                "tags": [
                    "pypi",
                    "supply-chain",
                    "test-key"
                ],
                "severity": "low",
                "confidence": 0.99
            },
            {
                "id": "rubygems-api-token",
                "description": "RubyGems API key",
                "regex": "\\b(rubygems_[a-f0-9]{48})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "rubygems_"
                ],
                "tags": [
                    "rubygems",
                    "supply-chain"
                ],
                "severity": "critical",
                "confidence": 0.99,
                "revokeUrl": "https://rubygems.org/profile/api_keys"
            },
            {
                "id": "clojars-api-token",
                "description": "Clojars deploy token",
                "regex": "(?i)\\b(CLOJARS_[a-z0-9]{60})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "clojars_"
                ],
                "tags": [
                    "clojars",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "nuget-api-key",
                "description": "NuGet.org API key",
                "regex": "\\b(oy2[a-z0-9]{43})\\b",
                "entropy": 3.5,
                "keywords": [
                    "oy2"
                ],
                "tags": [
                    "nuget",
                    "supply-chain"
                ],
                "severity": "critical",
                "confidence": 0.9,
                "revokeUrl": "https://www.nuget.org/account/apikeys"
            },
            {
                "id": "nuget-config-password",
                "description": "Clear-text password in NuGet.config packageSourceCredentials",
                "regex": "(?i)<add\\s+key\\s*=\\s*\"(?:ClearText)?Password\"\\s+value\\s*=\\s*\"([^\"]{8,200})\"\\s*/>",
                "entropy": 2.5,
                "keywords": [
                    "<add key="
                ],
                "tags": [
                    "nuget",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "environment variable references",
                        "regexes": [
                            "^%[A-Za-z0-9_]+%$",
                            "^\\$\\(?[A-Za-z0-9_]+\\)?$",
                            "(?i)^(?:test\\d{0,6}|password\\d{0,6}|changeme|changeit)$"
                        ]
                    }
                ]
            },
            {
                "id": "dockerhub-pat",
                "description": "Docker Hub personal or organization access token",
                "regex": "\\b(dckr_(?:pat|oat)_[0-9A-Za-z_-]{27,32})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "dckr_pat_",
                    "dckr_oat_"
                ],
                "tags": [
                    "docker",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://app.docker.com/settings/personal-access-tokens"
            },
            {
                "id": "docker-config-auth",
                "description": "Registry credentials in a Docker config.json auths entry",
                "regex": "(?s)\"auths\"\\s{0,5}:\\s{0,5}\\{.{0,500}?\"auth\"\\s{0,5}:\\s{0,5}\"([A-Za-z0-9+/]{12,500}={0,2})\"",
                "entropy": 3,
                "keywords": [
                    "\"auths\""
                ],
                "tags": [
                    "docker",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "artifactory-api-key",
                "description": "JFrog Artifactory API key",
                "regex": "\\b(AKCp[A-Za-z0-9]{69})\\b",
                "entropy": 4.5,
                "keywords": [
                    "akcp"
                ],
                "tags": [
                    "jfrog",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "artifactory-reference-token",
                "description": "JFrog Artifactory reference token",
                "regex": "\\b(cmVmd[A-Za-z0-9]{59})\\b",
                "entropy": 4.5,
                "keywords": [
                    "cmvmd"
                ],
                "tags": [
                    "jfrog",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "jfrog-api-key",
                "description": "JFrog API key near a JFrog name",
                "regex": "(?i)(?:jfrog|artifactory|bintray|xray)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{73})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "jfrog",
                    "artifactory",
                    "bintray",
                    "xray"
                ],
                "tags": [
                    "jfrog",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "jfrog-identity-token",
                "description": "JFrog identity token near a JFrog name",
                "regex": "(?i)(?:jfrog|artifactory|bintray|xray)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "jfrog",
                    "artifactory",
                    "bintray",
                    "xray"
                ],
                "tags": [
                    "jfrog",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "cratesio-api-token",
                "description": "crates.io API token",
                "regex": "\\b(cio[0-9A-Za-z]{32})\\b",
                "entropy": 4,
                "keywords": [
                    "cio"
                ],
                "tags": [
                    "rust",
                    "supply-chain"
                ],
                "severity": "high",
                "confidence": 0.8
            }
        ]
    },
    {
        "source": "src/rules/builtin/payments.toml",
        "rules": [
            {
                "id": "stripe-access-token",
                "description": "Stripe live secret or restricted API key",
                "regex": "\\b((?:sk|rk)_(?:live|prod)_[0-9A-Za-z]{24,99})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sk_live_",
                    "rk_live_",
                    "sk_prod_",
                    "rk_prod_"
                ],
                "tags": [
                    "stripe",
                    "payments"
                ],
                "severity": "critical",
                "confidence": 0.97,
                "revokeUrl": "https://dashboard.stripe.com/apikeys"
            },
            {
                "id": "stripe-test-key",
                "description": "Stripe test-mode secret or restricted key (no real money, still account access)",
                "regex": "\\b((?:sk|rk)_test_[0-9A-Za-z]{24,99})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sk_test_",
                    "rk_test_"
                ],
                "tags": [
                    "stripe",
                    "payments",
                    "test-key"
                ],
                "severity": "low",
                "confidence": 0.95,
                "revokeUrl": "https://dashboard.stripe.com/test/apikeys"
            },
            {
                "id": "stripe-webhook-secret",
                "description": "Stripe webhook signing secret",
                "regex": "\\b(whsec_[0-9A-Za-z]{32,64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "whsec_"
                ],
                "tags": [
                    "stripe",
                    "payments",
                    "webhook"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://dashboard.stripe.com/webhooks"
            },
            {
                "id": "square-access-token",
                "description": "Square access token",
                "regex": "(?:^|[^0-9A-Za-z_+/-])(EAAA[0-9A-Za-z_-]{60}|sq0atp-[0-9A-Za-z_-]{22})(?:[^0-9A-Za-z_+/=-]|$)",
                "entropy": 3,
                "keywords": [
                    "eaaa",
                    "sq0atp-"
                ],
                "tags": [
                    "square",
                    "payments"
                ],
                "severity": "critical",
                "confidence": 0.85,
                "revokeUrl": "https://developer.squareup.com/apps"
            },
            {
                "id": "square-oauth-secret",
                "description": "Square OAuth application secret",
                "regex": "\\b(sq0csp-[0-9A-Za-z_-]{43})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sq0csp-"
                ],
                "tags": [
                    "square",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "braintree-private-key",
                "description": "Braintree private key near a Braintree name",
                "regex": "(?i)(?:braintree)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "braintree"
                ],
                "tags": [
                    "braintree",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "braintree-access-token",
                "description": "Braintree/PayPal access token",
                "regex": "\\b(access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b",
                "entropy": 3,
                "keywords": [
                    "access_token$production$",
                    "access_token$sandbox$"
                ],
                "tags": [
                    "paypal",
                    "payments"
                ],
                "severity": "critical",
                "confidence": 0.97
            },
            {
                "id": "plaid-api-token",
                "description": "Plaid access token",
                "regex": "(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "plaid"
                ],
                "tags": [
                    "plaid",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "plaid-client-id",
                "description": "Plaid client ID",
                "regex": "(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "plaid"
                ],
                "tags": [
                    "plaid",
                    "payments"
                ],
                "severity": "low",
                "confidence": 0.6
            },
            {
                "id": "plaid-secret-key",
                "description": "Plaid secret key",
                "regex": "(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "plaid"
                ],
                "tags": [
                    "plaid",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "flutterwave-secret-key",
                "description": "Flutterwave secret key",
                "regex": "\\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)",
                "entropy": 2,
                "keywords": [
                    "flwseck"
                ],
                "tags": [
                    "flutterwave",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "flutterwave-public-key",
                "description": "Flutterwave public key",
                "regex": "\\b(FLWPUBK(?:_TEST)?-[a-h0-9]{32}-X)",
                "entropy": 2,
                "keywords": [
                    "flwpubk"
                ],
                "tags": [
                    "flutterwave",
                    "payments"
                ],
                "severity": "low",
                "confidence": 0.95
            },
            {
                "id": "flutterwave-encryption-key",
                "description": "Flutterwave encryption key",
                "regex": "\\b(FLWSECK(?:_TEST)?-?[a-h0-9]{12})\\b",
                "entropy": 2,
                "keywords": [
                    "flwseck"
                ],
                "tags": [
                    "flutterwave",
                    "payments"
                ],
                "severity": "medium",
                "confidence": 0.9
            },
            {
                "id": "gocardless-api-token",
                "description": "GoCardless live access token",
                "regex": "(?i)(?:gocardless)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(live_[a-z0-9_=-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "live_",
                    "gocardless"
                ],
                "tags": [
                    "gocardless",
                    "payments"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "coinbase-access-token",
                "description": "Coinbase API secret near a Coinbase name",
                "regex": "(?i)(?:coinbase)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "coinbase"
                ],
                "tags": [
                    "coinbase",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "bittrex-access-key",
                "description": "Bittrex access key",
                "regex": "(?i)(?:bittrex[_.-]?(?:api[_.-]?|access[_.-]?)?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "bittrex"
                ],
                "tags": [
                    "bittrex",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "bittrex-secret-key",
                "description": "Bittrex secret key",
                "regex": "(?i)(?:bittrex[\\w.-]{0,12}secret)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "bittrex"
                ],
                "tags": [
                    "bittrex",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "kucoin-access-token",
                "description": "KuCoin access token",
                "regex": "(?i)(?:kucoin)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "kucoin"
                ],
                "tags": [
                    "kucoin",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "kraken-access-token",
                "description": "Kraken API private key",
                "regex": "(?i)(?:kraken)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9/=_+-]{80,90})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "kraken"
                ],
                "tags": [
                    "kraken",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "kucoin-secret-key",
                "description": "KuCoin secret key",
                "regex": "(?i)(?:kucoin)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "kucoin"
                ],
                "tags": [
                    "kucoin",
                    "crypto"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "finicity-api-token",
                "description": "Finicity API token",
                "regex": "(?i)(?:finicity)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "finicity"
                ],
                "tags": [
                    "finicity",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "finicity-client-secret",
                "description": "Finicity client secret",
                "regex": "(?i)(?:finicity)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "finicity"
                ],
                "tags": [
                    "finicity",
                    "payments"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "shippo-api-token",
                "description": "Shippo API token",
                "regex": "\\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "shippo_"
                ],
                "tags": [
                    "shippo"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "easypost-api-token",
                "description": "EasyPost production API key",
                "regex": "\\b(EZAK[0-9A-Za-z]{54})\\b",
                "entropy": 3,
                "keywords": [
                    "ezak"
                ],
                "tags": [
                    "easypost"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "easypost-test-api-token",
                "description": "EasyPost test API key",
                "regex": "\\b(EZTK[0-9A-Za-z]{54})\\b",
                "entropy": 3,
                "keywords": [
                    "eztk"
                ],
                "tags": [
                    "easypost",
                    "test-key"
                ],
                "severity": "low",
                "confidence": 0.95
            },
            {
                "id": "duffel-api-token",
                "description": "Duffel API token",
                "regex": "\\b(duffel_(?:test|live)_[0-9A-Za-z_=-]{43})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "duffel_"
                ],
                "tags": [
                    "duffel"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "freemius-secret-key",
                "description": "Freemius secret key in a PHP array",
                "regex": "(?i)[\"']secret_key[\"']\\s*=>\\s*[\"'](sk_[^\\s'\"]{29})[\"']",
                "entropy": 3,
                "keywords": [
                    "secret_key"
                ],
                "tags": [
                    "freemius"
                ],
                "severity": "high",
                "confidence": 0.8
            }
        ]
    },
    {
        "source": "src/rules/builtin/private-keys.toml",
        "rules": [
            {
                "id": "private-key-rsa",
                "description": "RSA private key (PKCS#1 PEM)",
                "regex": "-----BEGIN RSA PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END RSA PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin rsa private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-ec",
                "description": "EC private key (SEC1 PEM)",
                "regex": "-----BEGIN EC PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END EC PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin ec private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-dsa",
                "description": "DSA private key (PEM)",
                "regex": "-----BEGIN DSA PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END DSA PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin dsa private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-pkcs8",
                "description": "PKCS#8 private key (PEM)",
                "regex": "-----BEGIN PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-encrypted",
                "description": "Encrypted PKCS#8 private key (PEM; passphrase may be nearby)",
                "regex": "-----BEGIN ENCRYPTED PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END ENCRYPTED PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin encrypted private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "private-key-openssh",
                "description": "OpenSSH private key",
                "regex": "-----BEGIN OPENSSH PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END OPENSSH PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin openssh private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-ssh2",
                "description": "SSH.com / Tectia SSH2 encrypted private key",
                "regex": "-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END SSH2 ENCRYPTED PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "begin ssh2 encrypted private key"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.95
            },
            {
                "id": "private-key",
                "description": "Other PEM private keys (DH, Ed25519/Ed448, X25519/X448, SM2, ECDSA, ANY)",
                "regex": "-----BEGIN (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----",
                "entropy": 4,
                "keywords": [
                    "private key-----"
                ],
                "tags": [
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.97
            },
            {
                "id": "private-key-pgp",
                "description": "PGP / GPG private key block",
                "regex": "-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END PGP PRIVATE KEY BLOCK-----",
                "entropy": 4,
                "keywords": [
                    "begin pgp private key block"
                ],
                "tags": [
                    "private-key",
                    "pgp"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-putty",
                "description": "PuTTY private key file (.ppk)",
                "regex": "PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\n(?s:.){0,1000}?Private-Lines: \\d{1,3}\\r?\\n([A-Za-z0-9+/=\\r\\n]{40,}?)\\r?\\nPrivate-MAC: ",
                "entropy": 4,
                "keywords": [
                    "putty-user-key-file-"
                ],
                "tags": [
                    "private-key",
                    "ssh"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "private-key-jwk",
                "description": "Private JSON Web Key (JWK with a private \"d\" parameter)",
                "regex": "(?s)\"kty\"\\s{0,5}:\\s{0,5}\"(?:RSA|EC|OKP)\".{0,}?\"d\"\\s{0,5}:\\s{0,5}\"([A-Za-z0-9_-]{40,1000})\"",
                "entropy": 4,
                "keywords": [
                    "\"kty\""
                ],
                "tags": [
                    "private-key",
                    "jwk"
                ],
                "severity": "critical",
                "confidence": 0.9
            },
            {
                "id": "pkcs12-file",
                "description": "PKCS#12 / PFX key store committed to the repository",
                "keywords": [],
                "path": "(?i)(?:^|/)[^/]+\\.p(?:12|fx)$",
                "tags": [
                    "private-key",
                    "file"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "keystore-password-hint",
                "description": "Java keystore / truststore / key password assigned in build or Spring config",
                "regex": "(?i)\\b(?:key[-_.]?store|trust[-_.]?store|store)[-_.]?pass(?:word)?[\\w.-]{0,10}\\s{0,3}[=:]\\s{0,3}[\"']?([^\\s'\"$\\{\\}()]{8,100})(?:[\"']|\\s|$)",
                "entropy": 3,
                "keywords": [
                    "storepass",
                    "store-pass",
                    "store_pass",
                    "store.pass"
                ],
                "tags": [
                    "private-key",
                    "password"
                ],
                "severity": "high",
                "confidence": 0.75,
                "allowlists": [
                    {
                        "description": "the value is another variable",
                        "regexTarget": "match",
                        "regexes": [
                            "(?i)pass(?:word)?[\\w.-]{0,10}\\s{0,3}[=:]\\s{0,3}[\"']?[\\w.]{0,40}pass",
                            "(?i)[=:]\\s{0,3}[\"']?(?:self|this|cls|config|settings|options|opts|props|env|process\\.env)\\."
                        ]
                    }
                ]
            }
        ]
    },
    {
        "source": "src/rules/builtin/saas.toml",
        "rules": [
            {
                "id": "adafruit-api-key",
                "description": "Adafruit IO key",
                "regex": "(?i)(?:adafruit)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "adafruit"
                ],
                "tags": [
                    "adafruit"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "adobe-client-id",
                "description": "Adobe client ID",
                "regex": "(?i)(?:adobe)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "adobe"
                ],
                "tags": [
                    "adobe"
                ],
                "severity": "low",
                "confidence": 0.5
            },
            {
                "id": "adobe-client-secret",
                "description": "Adobe client secret",
                "regex": "\\b(p8e-[A-Za-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "p8e-"
                ],
                "tags": [
                    "adobe"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "airtable-api-key",
                "description": "Airtable legacy API key",
                "regex": "(?i)(?:airtable)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(key[a-z0-9]{14})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "airtable"
                ],
                "tags": [
                    "airtable"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "airtable-personnal-access-token",
                "description": "Airtable personal access token",
                "regex": "\\b(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})\\b",
                "entropy": 3.5,
                "keywords": [
                    "pat"
                ],
                "tags": [
                    "airtable"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "algolia-api-key",
                "description": "Algolia admin/search API key",
                "regex": "(?i)(?:algolia)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "algolia"
                ],
                "tags": [
                    "algolia"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "asana-client-id",
                "description": "Asana client ID",
                "regex": "(?i)(?:asana)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 2,
                "keywords": [
                    "asana"
                ],
                "tags": [
                    "asana"
                ],
                "severity": "low",
                "confidence": 0.5
            },
            {
                "id": "asana-client-secret",
                "description": "Asana client secret",
                "regex": "(?i)(?:asana)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "asana"
                ],
                "tags": [
                    "asana"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "asana-pat",
                "description": "Asana personal access token",
                "regex": "\\b([12]/[0-9]{16}(?:/[0-9]{16})?:[a-f0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "asana"
                ],
                "tags": [
                    "asana"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "beamer-api-token",
                "description": "Beamer API token",
                "regex": "(?i)(?:beamer)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(b_[a-z0-9=_-]{44})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "beamer"
                ],
                "tags": [
                    "beamer"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "contentful-delivery-api-token",
                "description": "Contentful delivery API token",
                "regex": "(?i)(?:contentful)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{43})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "contentful"
                ],
                "tags": [
                    "contentful"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "contentful-personal-access-token",
                "description": "Contentful personal access token",
                "regex": "\\b(CFPAT-[A-Za-z0-9_-]{43})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "cfpat-"
                ],
                "tags": [
                    "contentful"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "dropbox-api-token",
                "description": "Dropbox API secret",
                "regex": "(?i)(?:dropbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{15})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "dropbox"
                ],
                "tags": [
                    "dropbox"
                ],
                "severity": "medium",
                "confidence": 0.5
            },
            {
                "id": "dropbox-long-lived-api-token",
                "description": "Dropbox long-lived API token",
                "regex": "(?i)(?:dropbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{11}AAAAAAAAAA[a-z0-9_=-]{43})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "dropbox"
                ],
                "tags": [
                    "dropbox"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "dropbox-short-lived-api-token",
                "description": "Dropbox short-lived access token",
                "regex": "\\b(sl\\.[A-Za-z0-9_=-]{130,})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "sl."
                ],
                "tags": [
                    "dropbox"
                ],
                "severity": "medium",
                "confidence": 0.8
            },
            {
                "id": "etsy-access-token",
                "description": "Etsy API key",
                "regex": "(?i)(?:(?-i:ETSY|[Ee]tsy))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "etsy"
                ],
                "tags": [
                    "etsy"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "facebook-secret",
                "description": "Facebook app secret",
                "regex": "(?i)(?:facebook)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "facebook"
                ],
                "tags": [
                    "facebook"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "facebook-access-token",
                "description": "Facebook app access token (app id | app secret)",
                "regex": "(?i)\\b([0-9]{15,16}(?:\\||%7c)[0-9a-z_-]{27,40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "facebook"
                ],
                "tags": [
                    "facebook"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "facebook-page-access-token",
                "description": "Facebook / Meta Graph API user or page access token",
                "regex": "\\b(EAA[MC][A-Za-z0-9]{100,600})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "eaam",
                    "eaac"
                ],
                "tags": [
                    "facebook"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "finnhub-access-token",
                "description": "Finnhub access token",
                "regex": "(?i)(?:finnhub)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "finnhub"
                ],
                "tags": [
                    "finnhub"
                ],
                "severity": "medium",
                "confidence": 0.7
            },
            {
                "id": "flickr-access-token",
                "description": "Flickr access token",
                "regex": "(?i)(?:flickr)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "flickr"
                ],
                "tags": [
                    "flickr"
                ],
                "severity": "medium",
                "confidence": 0.7
            },
            {
                "id": "frameio-api-token",
                "description": "Frame.io developer token",
                "regex": "\\b(fio-u-[A-Za-z0-9_=-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "fio-u-"
                ],
                "tags": [
                    "frameio"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "freshbooks-access-token",
                "description": "FreshBooks access token",
                "regex": "(?i)(?:freshbooks)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "freshbooks"
                ],
                "tags": [
                    "freshbooks"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "hubspot-api-key",
                "description": "HubSpot legacy API key (UUID) near a HubSpot name",
                "regex": "(?i)(?:hubspot)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "hubspot"
                ],
                "tags": [
                    "hubspot"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "hubspot-private-app-token",
                "description": "HubSpot private app access token",
                "regex": "\\b(pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "pat-na",
                    "pat-eu"
                ],
                "tags": [
                    "hubspot"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "intra42-client-secret",
                "description": "42 Intra API client secret",
                "regex": "\\b(s-s4t2(?:ud|af)-[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "s-s4t2ud-",
                    "s-s4t2af-"
                ],
                "tags": [
                    "intra42"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "linkedin-client-id",
                "description": "LinkedIn client ID",
                "regex": "(?i)(?:linked[_-]?in)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{14})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "linkedin",
                    "linked_in",
                    "linked-in"
                ],
                "tags": [
                    "linkedin"
                ],
                "severity": "low",
                "confidence": 0.5
            },
            {
                "id": "linkedin-client-secret",
                "description": "LinkedIn client secret",
                "regex": "(?i)(?:linked[_-]?in)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "linkedin",
                    "linked_in",
                    "linked-in"
                ],
                "tags": [
                    "linkedin"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "lob-api-key",
                "description": "Lob API key",
                "regex": "(?i)(?:\\blob)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?:live|test)_[a-f0-9]{35})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "lob"
                ],
                "tags": [
                    "lob"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "lob-pub-api-key",
                "description": "Lob publishable API key",
                "regex": "(?i)(?:\\blob)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?:test|live)_pub_[a-f0-9]{31})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "lob"
                ],
                "tags": [
                    "lob"
                ],
                "severity": "low",
                "confidence": 0.7
            },
            {
                "id": "looker-client-id",
                "description": "Looker API client ID",
                "regex": "(?i)(?:looker)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "looker"
                ],
                "tags": [
                    "looker"
                ],
                "severity": "low",
                "confidence": 0.5
            },
            {
                "id": "looker-client-secret",
                "description": "Looker API client secret",
                "regex": "(?i)(?:looker)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "looker"
                ],
                "tags": [
                    "looker"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "mapbox-api-token",
                "description": "Mapbox secret access token",
                "regex": "\\b(sk\\.eyJ[A-Za-z0-9_-]{60,200}\\.[A-Za-z0-9_-]{22})(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "sk.eyj"
                ],
                "tags": [
                    "mapbox"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "mapbox-public-token",
                "description": "Mapbox public token near a Mapbox name",
                "regex": "(?i)(?:mapbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(pk\\.[a-z0-9]{60}\\.[a-z0-9_-]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mapbox"
                ],
                "tags": [
                    "mapbox"
                ],
                "severity": "low",
                "confidence": 0.7
            },
            {
                "id": "maxmind-license-key",
                "description": "MaxMind license key",
                "regex": "\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "_mmk"
                ],
                "tags": [
                    "maxmind"
                ],
                "severity": "medium",
                "confidence": 0.95
            },
            {
                "id": "notion-api-token",
                "description": "Notion integration token",
                "regex": "\\b((?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}))(?:[^\\w-]|$)",
                "entropy": 4,
                "keywords": [
                    "ntn_",
                    "secret_"
                ],
                "tags": [
                    "notion"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "nytimes-access-token",
                "description": "New York Times API key",
                "regex": "(?i)(?:nytimes|new-york-times|newyorktimes)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "nytimes",
                    "new-york-times",
                    "newyorktimes"
                ],
                "tags": [
                    "nytimes"
                ],
                "severity": "medium",
                "confidence": 0.7
            },
            {
                "id": "rapidapi-access-token",
                "description": "RapidAPI key",
                "regex": "(?i)(?:rapidapi)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{50})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "rapidapi"
                ],
                "tags": [
                    "rapidapi"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "squarespace-access-token",
                "description": "Squarespace API key",
                "regex": "(?i)(?:squarespace)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "squarespace"
                ],
                "tags": [
                    "squarespace"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitch-api-token",
                "description": "Twitch API token",
                "regex": "(?i)(?:twitch)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitch"
                ],
                "tags": [
                    "twitch"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitter-api-key",
                "description": "Twitter/X API key",
                "regex": "(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{25})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitter"
                ],
                "tags": [
                    "twitter"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitter-api-secret",
                "description": "Twitter/X API secret",
                "regex": "(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{50})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitter"
                ],
                "tags": [
                    "twitter"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitter-access-token",
                "description": "Twitter/X access token",
                "regex": "(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{15,25}-[a-zA-Z0-9]{20,40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitter"
                ],
                "tags": [
                    "twitter"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitter-access-secret",
                "description": "Twitter/X access token secret",
                "regex": "(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{45})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitter"
                ],
                "tags": [
                    "twitter"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "twitter-bearer-token",
                "description": "Twitter/X bearer token",
                "regex": "(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(A{22}[a-zA-Z0-9%]{80,100})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "twitter"
                ],
                "tags": [
                    "twitter"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "typeform-api-token",
                "description": "Typeform personal access token",
                "regex": "\\b(tfp_[A-Za-z0-9_.=-]{59})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "tfp_"
                ],
                "tags": [
                    "typeform"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "yandex-access-token",
                "description": "Yandex IAM token",
                "regex": "(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(t1\\.[A-Z0-9a-z_-]{1,300}[=]{0,2}\\.[A-Z0-9a-z_-]{86}[=]{0,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "yandex"
                ],
                "tags": [
                    "yandex"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "yandex-api-key",
                "description": "Yandex Cloud API key",
                "regex": "(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(AQVN[A-Za-z0-9_-]{35,38})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "yandex"
                ],
                "tags": [
                    "yandex"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "yandex-aws-access-token",
                "description": "Yandex Cloud static access key",
                "regex": "(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(YC[a-zA-Z0-9_-]{38})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "yandex"
                ],
                "tags": [
                    "yandex"
                ],
                "severity": "high",
                "confidence": 0.7
            },
            {
                "id": "shopify-api-secret",
                "description": "Shopify app API secret (32 hex) near a Shopify name",
                "regex": "(?i)(?:shopify)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "shopify"
                ],
                "tags": [
                    "shopify"
                ],
                "severity": "high",
                "confidence": 0.65
            },
            {
                "id": "shopify-access-token",
                "description": "Shopify access token",
                "regex": "\\b(shpat_[a-fA-F0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "shpat_"
                ],
                "tags": [
                    "shopify",
                    "ecommerce"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "shopify-custom-access-token",
                "description": "Shopify custom app access token",
                "regex": "\\b(shpca_[a-fA-F0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "shpca_"
                ],
                "tags": [
                    "shopify",
                    "ecommerce"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "shopify-private-app-access-token",
                "description": "Shopify private app access token",
                "regex": "\\b(shppa_[a-fA-F0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "shppa_"
                ],
                "tags": [
                    "shopify",
                    "ecommerce"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "shopify-shared-secret",
                "description": "Shopify shared secret",
                "regex": "\\b(shpss_[a-fA-F0-9]{32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "shpss_"
                ],
                "tags": [
                    "shopify",
                    "ecommerce"
                ],
                "severity": "critical",
                "confidence": 0.99
            }
        ]
    },
    {
        "source": "src/rules/builtin/services.toml",
        "rules": [
            {
                "id": "supabase-pat",
                "description": "Supabase personal access token",
                "regex": "\\b(sbp_[a-f0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sbp_"
                ],
                "tags": [
                    "supabase",
                    "database"
                ],
                "severity": "critical",
                "confidence": 0.97,
                "revokeUrl": "https://supabase.com/dashboard/account/tokens"
            },
            {
                "id": "supabase-secret-key",
                "description": "Supabase secret API key",
                "regex": "\\b(sb_secret_[A-Za-z0-9_-]{20,64})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "sb_secret_"
                ],
                "tags": [
                    "supabase",
                    "database"
                ],
                "severity": "critical",
                "confidence": 0.95
            },
            {
                "id": "tailscale-key",
                "description": "Tailscale API, auth, OAuth client, SCIM or webhook key",
                "regex": "\\b(tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{24,64})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "tskey-"
                ],
                "tags": [
                    "tailscale",
                    "network"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://login.tailscale.com/admin/settings/keys"
            },
            {
                "id": "figma-pat",
                "description": "Figma personal access token",
                "regex": "\\b(figd_[A-Za-z0-9_-]{40,64})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "figd_"
                ],
                "tags": [
                    "figma"
                ],
                "severity": "high",
                "confidence": 0.95
            },
            {
                "id": "buildkite-token",
                "description": "Buildkite API access token",
                "regex": "\\b(bkua_[a-f0-9]{40})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "bkua_"
                ],
                "tags": [
                    "buildkite",
                    "cicd"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://buildkite.com/user/api-access-tokens"
            },
            {
                "id": "openrouter-api-key",
                "description": "OpenRouter API key",
                "regex": "\\b(sk-or-v1-[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "sk-or-v1-"
                ],
                "tags": [
                    "openrouter",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://openrouter.ai/settings/keys"
            },
            {
                "id": "resend-api-key",
                "description": "Resend API key",
                "regex": "\\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "re_"
                ],
                "tags": [
                    "resend",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.85
            },
            {
                "id": "salesforce-access-token",
                "description": "Salesforce OAuth access / session token (org id ! token)",
                "regex": "\\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,200})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 4,
                "keywords": [
                    "00d"
                ],
                "tags": [
                    "salesforce"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "azure-openai-api-key",
                "description": "Azure OpenAI / AI services key (32 hex) near an Azure OpenAI name",
                "regex": "(?i)(?:azure[_.-]?(?:openai|ai|cognitive)|aoai)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "azure_openai",
                    "azureopenai",
                    "azure-openai",
                    "azure.openai",
                    "azure_ai",
                    "azure-ai",
                    "azureai",
                    "azure_cognitive",
                    "azurecognitive",
                    "aoai"
                ],
                "tags": [
                    "azure",
                    "ai"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "azure-apim-subscription-key",
                "description": "Azure API Management / Cognitive Services subscription key header",
                "regex": "(?i)\\bOcp-Apim-Subscription-Key[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?([a-f0-9]{32})\\b",
                "entropy": 3,
                "keywords": [
                    "ocp-apim-subscription-key"
                ],
                "tags": [
                    "azure",
                    "http"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "google-chat-webhook",
                "description": "Google Chat incoming webhook URL (key and token)",
                "regex": "https://chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{6,20}/messages\\?key=[A-Za-z0-9_-]{30,45}&token=([A-Za-z0-9_%=-]{30,80})",
                "entropy": 3.5,
                "keywords": [
                    "chat.googleapis.com"
                ],
                "tags": [
                    "google",
                    "webhook"
                ],
                "severity": "high",
                "confidence": 0.97
            },
            {
                "id": "zapier-webhook-url",
                "description": "Zapier catch hook URL",
                "regex": "https://hooks\\.zapier\\.com/hooks/catch/[0-9]{5,12}/([a-z0-9]{6,12})/?",
                "entropy": 2.5,
                "keywords": [
                    "hooks.zapier.com"
                ],
                "tags": [
                    "zapier",
                    "webhook"
                ],
                "severity": "medium",
                "confidence": 0.9
            },
            {
                "id": "mailjet-api-key",
                "description": "Mailjet API key and secret near a Mailjet name",
                "regex": "(?i)(?:mailjet|mj_apikey)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3,
                "keywords": [
                    "mailjet",
                    "mj_apikey"
                ],
                "tags": [
                    "mailjet",
                    "email"
                ],
                "severity": "high",
                "confidence": 0.75
            },
            {
                "id": "pagerduty-api-key",
                "description": "PagerDuty REST API key near a PagerDuty name",
                "regex": "(?i)(?:pagerduty|pager_duty)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?-i:u\\+)?[A-Za-z0-9_+-]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)",
                "entropy": 3.5,
                "keywords": [
                    "pagerduty",
                    "pager_duty"
                ],
                "tags": [
                    "pagerduty"
                ],
                "severity": "high",
                "confidence": 0.7
            }
        ]
    },
    {
        "source": "src/rules/builtin/slack.toml",
        "rules": [
            {
                "id": "slack-bot-token",
                "description": "Slack bot token",
                "regex": "\\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{20,32})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxb"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-legacy-bot-token",
                "description": "Slack legacy bot token",
                "regex": "\\b(xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxb"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-user-token",
                "description": "Slack user token (xoxp / xoxe)",
                "regex": "\\b(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxp-",
                    "xoxe-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-legacy-workspace-token",
                "description": "Slack workspace access or refresh token (xoxa / xoxr)",
                "regex": "\\b(xox[ar]-(?:\\d-)?[0-9A-Za-z]{20,48})(?:[^\\w-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "xoxa-",
                    "xoxr-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.85,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-legacy-token",
                "description": "Slack legacy token (xoxo / xoxs)",
                "regex": "\\b(xox[os]-[0-9]{1,16}-[0-9]{1,16}-[0-9]{1,16}-[0-9a-fA-F]{16,64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxo-",
                    "xoxs-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.9,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-app-token",
                "description": "Slack app-level token (xapp)",
                "regex": "\\b(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,16}-[a-f0-9]{64})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xapp-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-config-access-token",
                "description": "Slack app configuration access token",
                "regex": "(?i)\\b(xoxe\\.xox[bp]-\\d-[A-Z0-9]{163,166})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxe.xoxb-",
                    "xoxe.xoxp-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-config-refresh-token",
                "description": "Slack app configuration refresh token",
                "regex": "(?i)\\b(xoxe-\\d-[A-Z0-9]{146})(?:[^\\w-]|$)",
                "entropy": 3,
                "keywords": [
                    "xoxe-"
                ],
                "tags": [
                    "slack",
                    "chat"
                ],
                "severity": "high",
                "confidence": 0.97,
                "revokeUrl": "https://api.slack.com/authentication/rotation"
            },
            {
                "id": "slack-webhook-url",
                "description": "Slack incoming webhook or workflow trigger URL",
                "regex": "(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{43,56})",
                "entropy": 3,
                "keywords": [
                    "hooks.slack.com"
                ],
                "tags": [
                    "slack",
                    "chat",
                    "webhook"
                ],
                "severity": "high",
                "confidence": 0.95,
                "revokeUrl": "https://api.slack.com/apps"
            }
        ]
    },
    {
        "source": "src/rules/builtin/urls.toml",
        "rules": [
            {
                "id": "postgres-connection-string",
                "description": "PostgreSQL connection URI with a password",
                "regex": "(?i)\\b(?:postgres(?:ql)?(?:\\+\\w+)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "postgres"
                ],
                "tags": [
                    "connection-string",
                    "postgres",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "mysql-connection-string",
                "description": "MySQL / MariaDB connection URI with a password",
                "regex": "(?i)\\b(?:mysql(?:x|2)?(?:\\+\\w+)?|mariadb)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "mysql",
                    "mariadb"
                ],
                "tags": [
                    "connection-string",
                    "mysql",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "mongodb-connection-string",
                "description": "MongoDB connection URI with a password",
                "regex": "(?i)\\b(?:mongodb(?:\\+srv)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "mongodb"
                ],
                "tags": [
                    "connection-string",
                    "mongodb",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "redis-connection-string",
                "description": "Redis connection URI with a password",
                "regex": "(?i)\\b(?:rediss?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "redis"
                ],
                "tags": [
                    "connection-string",
                    "redis",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "redis-password-only-uri",
                "description": "Redis connection URI with a password and no user (redis://:pass@host)",
                "regex": "(?i)\\brediss?://:([^\\s/@'\"\\x60<>{}$]{6,200})@[^\\s'\"\\x60<>]{1,300}",
                "entropy": 3,
                "keywords": [
                    "redis"
                ],
                "tags": [
                    "connection-string",
                    "redis",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "amqp-connection-string",
                "description": "AMQP (RabbitMQ) connection URI with a password",
                "regex": "(?i)\\b(?:amqps?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "amqp"
                ],
                "tags": [
                    "connection-string",
                    "amqp",
                    "queue"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "mssql-connection-string",
                "description": "SQL Server connection URI with a password",
                "regex": "(?i)\\b(?:sqlserver|mssql(?:\\+\\w+)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "sqlserver",
                    "mssql"
                ],
                "tags": [
                    "connection-string",
                    "mssql",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "ldap-connection-string",
                "description": "LDAP URI with bind credentials",
                "regex": "(?i)\\b(?:ldaps?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 2.5,
                "keywords": [
                    "ldap"
                ],
                "tags": [
                    "connection-string",
                    "ldap",
                    "identity"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "url-basic-auth",
                "description": "Credentials in a URL (scheme://user:password@host)",
                "regex": "(?i)\\b(?:(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|pop3s?|nats|kafka|clickhouse|neo4j(?:\\+s)?|cockroachdb|couchdb|elasticsearch|influxdb|rtsp|socks5h?|wss?))://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}",
                "secretGroup": 2,
                "entropy": 3,
                "keywords": [
                    "://"
                ],
                "tags": [
                    "connection-string",
                    "url"
                ],
                "severity": "high",
                "confidence": 0.8,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "netrc-password",
                "description": "Password in a .netrc / _netrc machine entry",
                "regex": "(?i)\\bmachine[ \\t]{1,10}\\S{1,200}\\s{1,20}login[ \\t]{1,10}\\S{1,200}\\s{1,20}password[ \\t]{1,10}([^\\s$%{<][^\\s]{5,199})",
                "entropy": 3,
                "keywords": [
                    "machine"
                ],
                "tags": [
                    "connection-string",
                    "netrc"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "pgpass-password",
                "description": "Password in a PostgreSQL .pgpass file (host:port:db:user:password)",
                "regex": "(?m)^[^:#\\s]{1,200}:(?:[0-9]{1,5}|\\*):[^:\\s]{1,200}:[^:\\s]{1,200}:([^\\s]{4,200})\\r?$",
                "entropy": 2.5,
                "keywords": [
                    ":5432:",
                    ":*:"
                ],
                "path": "(?:^|/)\\.?pgpass(?:\\.conf)?$",
                "tags": [
                    "connection-string",
                    "postgres"
                ],
                "severity": "high",
                "confidence": 0.9
            },
            {
                "id": "kubeconfig-client-key",
                "description": "Kubernetes kubeconfig with an inline client private key (client-key-data)",
                "regex": "\\bclient-key-data:[ \\t]{0,5}[\"']?(LS0tLS1CRUdJTi[A-Za-z0-9+/=]{100,1000})",
                "entropy": 4,
                "keywords": [
                    "client-key-data"
                ],
                "tags": [
                    "kubernetes",
                    "private-key"
                ],
                "severity": "critical",
                "confidence": 0.99
            },
            {
                "id": "jdbc-connection-password",
                "description": "JDBC URL with an embedded password parameter",
                "regex": "(?i)\\bjdbc:[a-z0-9:+-]{2,40}:[^\\s'\"\\x60<>]{0,300}?[;?&:]password=([^\\s;&'\"\\x60<>$\\{]{4,200})",
                "entropy": 2.5,
                "keywords": [
                    "jdbc:"
                ],
                "tags": [
                    "connection-string",
                    "jdbc",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.9,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "connection-string-password",
                "description": "ADO.NET / ODBC / OLE DB connection string with Password= or Pwd=",
                "regex": "(?i)\\b(?:server|data source|host|driver|dsn|uid|user id|username|database|initial catalog|provider|addr|address)\\s{0,3}=[^;'\"\\r\\n]{1,200};(?:[^;'\"\\r\\n]*;){0,12}?\\s{0,3}(?:password|pwd)\\s{0,3}=\\s{0,3}([^;'\"\\s\\{\\}$%]{4,200})",
                "entropy": 2.5,
                "keywords": [
                    "password=",
                    "pwd=",
                    "password =",
                    "pwd ="
                ],
                "tags": [
                    "connection-string",
                    "database"
                ],
                "severity": "high",
                "confidence": 0.85,
                "allowlists": [
                    {
                        "description": "placeholder or templated passwords",
                        "regexTarget": "secret",
                        "regexes": [
                            "^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$",
                            "^%\\(?[\\w.]+\\)?s?$",
                            "^\\{\\{.*\\}\\}$"
                        ]
                    }
                ]
            },
            {
                "id": "curl-auth-user",
                "description": "Credentials passed to curl with -u / --user",
                "regex": "\\bcurl\\b[^\\r\\n]{0,400}?\\s(?:-u|--user)(?:=|\\s{1,5})[\"']?([^\\s:'\"$]{1,100}:[^\\s'\"$]{3,200})[\"']?(?:\\s|$)",
                "entropy": 2.5,
                "keywords": [
                    "curl"
                ],
                "tags": [
                    "curl",
                    "http"
                ],
                "severity": "high",
                "confidence": 0.8,
                "allowlists": [
                    {
                        "description": "placeholders",
                        "regexes": [
                            "(?i):(?:password|passwd|pass|pwd|token|secret|api_?key|\\*+|x+)$",
                            "[\\[\\]<>]"
                        ]
                    }
                ]
            },
            {
                "id": "curl-auth-header",
                "description": "Authorization or API-key header passed to curl",
                "regex": "(?i)\\bcurl\\b[^\\r\\n]{0,400}?\\s(?:-H|--header)(?:=|\\s{1,5})[\"'](?:Authorization:\\s{0,5}(?:Bearer|Basic|Token|Api-Key)\\s{1,5}|(?:X-)?(?:[a-z]{1,20}-)?(?:Api-?Key|Auth-?Token|Token):\\s{0,5})([A-Za-z0-9_=~+/.-]{12,})[\"']",
                "entropy": 3.5,
                "keywords": [
                    "curl"
                ],
                "tags": [
                    "curl",
                    "http"
                ],
                "severity": "high",
                "confidence": 0.8
            },
            {
                "id": "http-basic-auth-header",
                "description": "HTTP Authorization: Basic header with inline credentials",
                "regex": "(?i)\\bAuthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?Basic\\s{1,3}([A-Za-z0-9+/]{12,500}={0,2})(?:[^A-Za-z0-9+/=._-]|$)",
                "entropy": 3,
                "keywords": [
                    "basic"
                ],
                "tags": [
                    "http"
                ],
                "severity": "high",
                "confidence": 0.85,
                "allowlists": [
                    {
                        "description": "well-known demo credentials (user:pass, admin:admin)",
                        "regexes": [
                            "^(?:dXNlcjpwYXNz|YWRtaW46YWRtaW4=|dXNlcm5hbWU6cGFzc3dvcmQ=|czZCaGRSa3F0MzpnWDFmQmF0M2JW)$"
                        ]
                    }
                ]
            },
            {
                "id": "http-bearer-token",
                "description": "HTTP Authorization: Bearer header with an inline token",
                "regex": "(?i)\\bAuthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?Bearer\\s{1,3}([A-Za-z0-9_~+/.=-]{20,})(?:[^A-Za-z0-9_~+/.=-]|$)",
                "entropy": 3.5,
                "keywords": [
                    "bearer"
                ],
                "tags": [
                    "http"
                ],
                "severity": "medium",
                "confidence": 0.7
            }
        ]
    }
];
/** Rule id -> [before, after]: UTF-16 units around the end of its first keyword a match lies within ([0, 0]: its line). */
const builtinKeywordWindows = { "1password-secret-key": [0, 0], "1password-service-account-token": [0, 0], "age-secret-key": [0, 0], "airtable-personnal-access-token": [0, 0], "amqp-connection-string": [0, 0], "artifactory-api-key": [0, 0], "artifactory-reference-token": [0, 0], "aws-access-token": [0, 0], "aws-amazon-bedrock-api-key-short-lived": [0, 0], "aws-mws-auth-token": [0, 0], "aws-session-token": [14, 1046], "azure-apim-subscription-key": [25, 66], "azure-sas-token": [0, 0], "azure-storage-account-key": [10, 105], "braintree-access-token": [0, 0], "clickhouse-cloud-api-secret-key": [0, 0], "cratesio-api-token": [0, 0], "discord-webhook-url": [0, 0], "docker-config-auth": [7, 1540], "easypost-api-token": [0, 0], "easypost-test-api-token": [0, 0], "flutterwave-encryption-key": [0, 0], "flutterwave-public-key": [0, 0], "flutterwave-secret-key": [0, 0], "generic-api-key": [99, 601], "generic-password": [89, 598], "generic-password-dotenv": [0, 0], "generic-password-unquoted": [0, 0], "generic-secret-k8s-env": [143, 554], "generic-secret-setter": [17, 430], "generic-secret-unquoted": [0, 0], "generic-secret-xml-element": [0, 0], "gitlab-pat-routable": [0, 0], "gitlab-runner-authentication-token-routable": [0, 0], "google-chat-webhook": [0, 0], "hashicorp-tf-password": [28, 169], "jdbc-connection-password": [0, 0], "jwt-base64": [0, 0], "kubeconfig-client-key": [0, 0], "ldap-connection-string": [0, 0], "microsoft-teams-webhook": [0, 0], "mongodb-connection-string": [0, 0], "mssql-connection-string": [0, 0], "mysql-connection-string": [0, 0], "netrc-password": [7, 1290], "nuget-api-key": [0, 0], "postgres-connection-string": [0, 0], "pypi-test-upload-token": [0, 0], "pypi-upload-token": [0, 0], "redis-connection-string": [0, 0], "redis-password-only-uri": [0, 0], "slack-webhook-url": [0, 0], "twilio-api-key": [0, 0], "url-basic-auth": [0, 0], "zapier-webhook-url": [0, 0] };
/** Rule id -> the most UTF-16 units from a match's start to the end of the first keyword it holds (rules whose every match holds a keyword, where that is bounded), or 'line': the start of the keyword's line. */
const builtinKeywordLeads = { "1password-secret-key": 3, "1password-service-account-token": 4, "adafruit-api-key": 8, "adobe-client-id": 5, "adobe-client-secret": 4, "age-secret-key": 16, "airtable-api-key": 8, "airtable-personnal-access-token": 3, "algolia-api-key": 7, "alibaba-access-key-id": 4, "amqp-connection-string": 4, "anthropic-admin-api-key": 14, "anthropic-api-key": 12, "anthropic-oauth-token": 12, "artifactory-api-key": 4, "artifactory-reference-token": 5, "asana-client-id": 5, "asana-client-secret": 5, "atlassian-api-token": 6, "atlassian-legacy-api-token": 10, "authress-service-client-access-key": 9, "aws-access-token": 4, "aws-amazon-bedrock-api-key-long-lived": 4, "aws-amazon-bedrock-api-key-short-lived": 16, "aws-mws-auth-token": 9, "aws-session-token": 14, "azure-ad-client-secret": 7, "azure-apim-subscription-key": 25, "azure-devops-pat": 18, "azure-devops-pat-v2": 56, "azure-sas-token": 618, "azure-storage-account-key": 10, "beamer-api-token": 6, "bitbucket-access-token": 12, "bitbucket-app-password": 4, "bitbucket-client-id": 9, "bitbucket-client-secret": 9, "bittrex-access-key": 7, "bittrex-secret-key": 7, "braintree-access-token": 24, "braintree-private-key": 9, "buildkite-token": 5, "circleci-token": 7, "cisco-meraki-api-key": 6, "clickhouse-cloud-api-secret-key": 4, "clojars-api-token": 8, "cloudflare-api-key": 10, "cloudflare-global-api-key": 10, "cloudflare-origin-ca-key": 5, "codecov-access-token": 7, "cohere-api-token": 10, "coinbase-access-token": 8, "confluent-access-token": 9, "confluent-secret-key": 9, "contentful-delivery-api-token": 10, "contentful-personal-access-token": 6, "cratesio-api-token": 3, "curl-auth-header": 4, "curl-auth-user": 4, "databricks-api-token": 4, "datadog-access-token": 7, "defined-networking-api-token": 6, "digitalocean-access-token": 7, "digitalocean-pat": 7, "digitalocean-refresh-token": 7, "discord-api-token": 7, "discord-client-id": 7, "discord-client-secret": 7, "discord-webhook-url": 33, "docker-config-auth": 7, "dockerhub-pat": 9, "doppler-api-token": 9, "doppler-service-token": 6, "droneci-access-token": 5, "dropbox-api-token": 7, "dropbox-long-lived-api-token": 7, "dropbox-short-lived-api-token": 3, "duffel-api-token": 7, "dynatrace-api-token": 7, "easypost-api-token": 4, "easypost-test-api-token": 4, "etsy-access-token": 4, "facebook-page-access-token": 4, "facebook-secret": 8, "fastly-api-token": 6, "figma-pat": 5, "finicity-api-token": 8, "finicity-client-secret": 8, "finnhub-access-token": 7, "firebase-cloud-messaging-key": 18, "flickr-access-token": 6, "flutterwave-encryption-key": 7, "flutterwave-public-key": 7, "flutterwave-secret-key": 7, "flyio-access-token": 5, "frameio-api-token": 6, "freemius-secret-key": 11, "freshbooks-access-token": 10, "gcp-api-key": 4, "generic-api-key": 99, "generic-password": 89, "generic-password-dotenv": "line", "generic-password-unquoted": "line", "generic-secret-cli-flag": 20, "generic-secret-k8s-env": 143, "generic-secret-setter": 17, "generic-secret-unquoted": "line", "generic-secret-xml-element": 55, "github-app-token": 4, "github-app-user-token": 4, "github-fine-grained-pat": 11, "github-oauth": 4, "github-pat": 4, "github-refresh-token": 4, "gitlab-cicd-job-token": 6, "gitlab-deploy-token": 5, "gitlab-feature-flag-client-token": 7, "gitlab-feed-token": 5, "gitlab-incoming-mail-token": 6, "gitlab-kubernetes-agent-token": 8, "gitlab-oauth-app-secret": 6, "gitlab-pat": 6, "gitlab-pat-routable": 6, "gitlab-ptt": 6, "gitlab-rrt": 9, "gitlab-runner-authentication-token": 5, "gitlab-runner-authentication-token-routable": 5, "gitlab-scim-token": 7, "gitlab-session-cookie": 16, "gitter-access-token": 6, "gocardless-api-token": 10, "google-chat-webhook": 27, "google-oauth-access-token": 5, "google-oauth-client-secret": 7, "google-oauth-refresh-token": 4, "grafana-api-key": 8, "grafana-cloud-api-token": 4, "grafana-service-account-token": 5, "groq-api-key": 4, "harness-api-key": 4, "hashicorp-tf-api-token": 22, "hashicorp-tf-password": 28, "heroku-api-key": 6, "heroku-api-key-v2": 7, "honeycomb-api-key": 9, "http-basic-auth-header": 27, "http-bearer-token": 28, "hubspot-api-key": 7, "hubspot-private-app-token": 6, "huggingface-access-token": 3, "huggingface-organization-api-token": 8, "ibm-cloud-api-key": 3, "infracost-api-token": 6, "intercom-api-key": 8, "intra42-client-secret": 9, "jdbc-connection-password": 5, "jfrog-api-key": 11, "jfrog-identity-token": 11, "jwt": 3, "jwt-base64": 4, "keystore-password-hint": 16, "kraken-access-token": 6, "kubeconfig-client-key": 15, "kucoin-access-token": 6, "kucoin-secret-key": 6, "langsmith-api-key": 5, "launchdarkly-access-token": 4, "ldap-connection-string": 4, "linear-api-key": 8, "linear-client-secret": 6, "linkedin-client-id": 9, "linkedin-client-secret": 9, "linode-api-token": 6, "lob-api-key": 3, "lob-pub-api-key": 3, "looker-client-id": 6, "looker-client-secret": 6, "mailchimp-api-key": 9, "mailgun-api-key-v2": 7, "mailgun-private-api-token": 7, "mailgun-pub-key": 7, "mailgun-signing-key": 7, "mailjet-api-key": 9, "mandrill-api-key": 8, "mapbox-api-token": 6, "mapbox-public-token": 6, "mattermost-access-token": 10, "maxmind-license-key": 40, "messagebird-api-token": 12, "messagebird-client-id": 12, "microsoft-teams-webhook": 90, "mongodb-connection-string": 7, "mssql-connection-string": 9, "mysql-connection-string": 7, "netlify-access-token": 7, "netlify-pat": 4, "netrc-password": 7, "new-relic-browser-api-token": 5, "new-relic-insert-key": 5, "new-relic-license-key": 36, "new-relic-user-api-id": 9, "new-relic-user-api-key": 5, "notion-api-token": 7, "npm-access-token": 4, "npmrc-auth-token": 414, "nuget-api-key": 3, "nytimes-access-token": 14, "octopus-deploy-api-key": 4, "okta-access-token": 4, "openai-api-key": 93, "openai-legacy-api-key": 31, "openrouter-api-key": 9, "openshift-user-token": 7, "pagerduty-api-key": 10, "perplexity-api-key": 5, "plaid-api-token": 5, "plaid-client-id": 5, "plaid-secret-key": 5, "planetscale-api-token": 11, "planetscale-oauth-token": 13, "planetscale-password": 10, "postgres-connection-string": 8, "postman-api-token": 5, "postmark-server-token": 8, "prefect-api-token": 4, "private-key": 36, "private-key-dsa": 26, "private-key-ec": 25, "private-key-encrypted": 32, "private-key-jwk": 5, "private-key-openssh": 30, "private-key-pgp": 32, "private-key-pkcs8": 22, "private-key-putty": 20, "private-key-rsa": 26, "private-key-ssh2": 37, "privateai-api-token": 10, "pulumi-api-token": 4, "pypi-test-upload-token": 27, "pypi-upload-token": 20, "rapidapi-access-token": 8, "readme-api-token": 5, "redis-connection-string": 5, "redis-password-only-uri": 5, "replicate-api-token": 3, "resend-api-key": 3, "rubygems-api-token": 9, "salesforce-access-token": 3, "scalingo-api-token": 6, "sendbird-access-id": 8, "sendbird-access-token": 8, "sendgrid-api-token": 3, "sendinblue-api-token": 8, "sentry-access-token": 6, "sentry-org-token": 16, "sentry-user-token": 7, "settlemint-application-access-token": 6, "settlemint-personal-access-token": 6, "settlemint-service-access-token": 6, "shippo-api-token": 7, "shopify-access-token": 6, "shopify-api-secret": 7, "shopify-custom-access-token": 6, "shopify-private-app-access-token": 6, "shopify-shared-secret": 6, "sidekiq-secret": 34, "sidekiq-sensitive-url": 51, "slack-app-token": 5, "slack-bot-token": 4, "slack-config-access-token": 10, "slack-config-refresh-token": 5, "slack-legacy-bot-token": 4, "slack-legacy-token": 5, "slack-legacy-workspace-token": 5, "slack-user-token": 5, "slack-webhook-url": 23, "snyk-api-token": 4, "sonar-api-token": 4, "sonar-legacy-token": 5, "sourcegraph-access-token": 4, "square-access-token": 9, "square-oauth-secret": 7, "squarespace-access-token": 11, "stripe-access-token": 8, "stripe-test-key": 8, "stripe-webhook-secret": 6, "sumologic-access-id": 4, "sumologic-access-token": 4, "supabase-pat": 4, "supabase-secret-key": 10, "tailscale-key": 6, "telegram-bot-api-token": 9, "travisci-access-token": 6, "twilio-api-key": 2, "twilio-auth-token": 6, "twitch-api-token": 6, "twitter-access-secret": 7, "twitter-access-token": 7, "twitter-api-key": 7, "twitter-api-secret": 7, "twitter-bearer-token": 7, "typeform-api-token": 4, "url-basic-auth": 16, "vault-batch-token": 4, "vault-legacy-service-token": 7, "vault-recovery-token": 4, "vault-service-token": 4, "vault-service-token-short": 4, "vault-unseal-key": 6, "vercel-token": 4, "xai-api-key": 4, "yandex-access-token": 6, "yandex-api-key": 6, "yandex-aws-access-token": 6, "zapier-webhook-url": 24, "zendesk-secret-key": 7 };
/** Rule id -> the chars a match can read up to the end of its first keyword (rules with a lead, when not every char). */
const builtinKeywordLeadChars = { "1password-secret-key": { "ascii": "-3A", "nonAscii": false }, "1password-service-account-token": { "ascii": "_ops", "nonAscii": false }, "adafruit-api-key": { "ascii": "ADFIRTUadfirtu", "nonAscii": false }, "adobe-client-id": { "ascii": "ABDEOabdeo", "nonAscii": false }, "adobe-client-secret": { "ascii": "-8ep", "nonAscii": false }, "age-secret-key": { "ascii": "-1ACEGKRSTY", "nonAscii": false }, "airtable-api-key": { "ascii": "ABEILRTabeilrt", "nonAscii": false }, "airtable-personnal-access-token": { "ascii": "apt", "nonAscii": false }, "algolia-api-key": { "ascii": "AGILOagilo", "nonAscii": false }, "alibaba-access-key-id": { "ascii": "AILT", "nonAscii": false }, "amqp-connection-string": { "ascii": "AMPQampq", "nonAscii": false }, "anthropic-admin-api-key": { "ascii": "-01adikmnst", "nonAscii": false }, "anthropic-api-key": { "ascii": "-03aiknpst", "nonAscii": false }, "anthropic-oauth-token": { "ascii": "-01aknost", "nonAscii": false }, "artifactory-api-key": { "ascii": "ACKp", "nonAscii": false }, "artifactory-reference-token": { "ascii": "Vcdm", "nonAscii": false }, "asana-client-id": { "ascii": "ANSans", "nonAscii": true }, "asana-client-secret": { "ascii": "ANSans", "nonAscii": true }, "atlassian-api-token": { "ascii": "3AT", "nonAscii": false }, "atlassian-legacy-api-token": { "ascii": "ACEFIJLNORSTUacefijlnorstu", "nonAscii": true }, "authress-service-client-access-key": { "ascii": "_acehrstux", "nonAscii": false }, "aws-access-token": { "ascii": "3ABCIKST", "nonAscii": false }, "aws-amazon-bedrock-api-key-long-lived": { "ascii": "ABKS", "nonAscii": false }, "aws-amazon-bedrock-api-key-short-lived": { "ascii": "-abcdeikopry", "nonAscii": false }, "aws-mws-auth-token": { "ascii": ".amnswz", "nonAscii": false }, "aws-session-token": { "ascii": "CEIKNORSTUY_ceiknorstuy", "nonAscii": true }, "azure-ad-client-secret": { "ascii": "\t\n\f\r \"'(,.0123456789:=>ABCDEFGHIJKLMNOPQRSTUVWXYZ\\_`abcdefghijklmnopqrstuvwxyz~", "nonAscii": false }, "azure-apim-subscription-key": { "ascii": "-ABCEIKMNOPRSTUYabceikmnoprstuy", "nonAscii": true }, "azure-devops-pat": { "ascii": "-ACDEKMNOPRSTUVYZ_acdekmnoprstuvyz", "nonAscii": true }, "azure-devops-pat-v2": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "azure-sas-token": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", "nonAscii": true }, "azure-storage-account-key": { "ascii": "ACEKNOTUYaceknotuy", "nonAscii": true }, "beamer-api-token": { "ascii": "ABEMRabemr", "nonAscii": false }, "bitbucket-access-token": { "ascii": "03ACFGNTfx", "nonAscii": false }, "bitbucket-app-password": { "ascii": "ABT", "nonAscii": false }, "bitbucket-client-id": { "ascii": "BCEIKTUbceiktu", "nonAscii": true }, "bitbucket-client-secret": { "ascii": "BCEIKTUbceiktu", "nonAscii": true }, "bittrex-access-key": { "ascii": "BEIRTXbeirtx", "nonAscii": false }, "bittrex-secret-key": { "ascii": "BEIRTXbeirtx", "nonAscii": false }, "braintree-access-token": { "ascii": "$_abcdeiknoprstux", "nonAscii": false }, "braintree-private-key": { "ascii": "ABEINRTabeinrt", "nonAscii": false }, "buildkite-token": { "ascii": "_abku", "nonAscii": false }, "circleci-token": { "ascii": "ACIJPRT_", "nonAscii": false }, "cisco-meraki-api-key": { "ascii": "AEIKMRaeikmr", "nonAscii": false }, "clickhouse-cloud-api-secret-key": { "ascii": "14bd", "nonAscii": false }, "clojars-api-token": { "ascii": "ACJLORS_acjlors", "nonAscii": true }, "cloudflare-api-key": { "ascii": "ACDEFILOPRU_acdefilopru", "nonAscii": false }, "cloudflare-global-api-key": { "ascii": "ACDEFILOPRU_acdefilopru", "nonAscii": false }, "cloudflare-origin-ca-key": { "ascii": "-.01v", "nonAscii": false }, "codecov-access-token": { "ascii": "CDEOVcdeov", "nonAscii": false }, "cohere-api-token": { "ascii": "ACEHIKOPRY_acehikopry", "nonAscii": true }, "coinbase-access-token": { "ascii": "ABCEINOSabceinos", "nonAscii": true }, "confluent-access-token": { "ascii": "CEFLNOTUceflnotu", "nonAscii": false }, "confluent-secret-key": { "ascii": "CEFLNOTUceflnotu", "nonAscii": false }, "contentful-delivery-api-token": { "ascii": "CEFLNOTUceflnotu", "nonAscii": false }, "contentful-personal-access-token": { "ascii": "-ACFPT", "nonAscii": false }, "cratesio-api-token": { "ascii": "cio", "nonAscii": false }, "curl-auth-header": { "ascii": "CLRUclru", "nonAscii": false }, "curl-auth-user": { "ascii": "clru", "nonAscii": false }, "databricks-api-token": { "ascii": "adip", "nonAscii": false }, "datadog-access-token": { "ascii": "ADGIOPT_adgiopt", "nonAscii": false }, "defined-networking-api-token": { "ascii": "-dekny", "nonAscii": false }, "digitalocean-access-token": { "ascii": "1_dov", "nonAscii": false }, "digitalocean-pat": { "ascii": "1_dopv", "nonAscii": false }, "digitalocean-refresh-token": { "ascii": "1_dorv", "nonAscii": false }, "discord-api-token": { "ascii": "CDIORScdiors", "nonAscii": true }, "discord-client-id": { "ascii": "CDIORScdiors", "nonAscii": true }, "discord-client-secret": { "ascii": "CDIORScdiors", "nonAscii": true }, "discord-webhook-url": { "ascii": "./:abcdhimnoprsty", "nonAscii": false }, "docker-config-auth": { "ascii": "\"ahstu", "nonAscii": false }, "dockerhub-pat": { "ascii": "_acdkoprt", "nonAscii": false }, "doppler-api-token": { "ascii": ".acdimpstu", "nonAscii": false }, "doppler-service-token": { "ascii": ".dpst", "nonAscii": false }, "droneci-access-token": { "ascii": "DENORdenor", "nonAscii": false }, "dropbox-api-token": { "ascii": "BDOPRXbdoprx", "nonAscii": false }, "dropbox-long-lived-api-token": { "ascii": "BDOPRXbdoprx", "nonAscii": false }, "dropbox-short-lived-api-token": { "ascii": ".ls", "nonAscii": false }, "duffel-api-token": { "ascii": "_deflu", "nonAscii": false }, "dynatrace-api-token": { "ascii": ".01cdt", "nonAscii": false }, "easypost-api-token": { "ascii": "AEKZ", "nonAscii": false }, "easypost-test-api-token": { "ascii": "EKTZ", "nonAscii": false }, "etsy-access-token": { "ascii": "ESTYesty", "nonAscii": false }, "facebook-page-access-token": { "ascii": "ACEM", "nonAscii": false }, "facebook-secret": { "ascii": "ABCEFKOabcefko", "nonAscii": true }, "fastly-api-token": { "ascii": "AFLSTYaflsty", "nonAscii": true }, "figma-pat": { "ascii": "_dfgi", "nonAscii": false }, "finicity-api-token": { "ascii": "CFINTYcfinty", "nonAscii": false }, "finicity-client-secret": { "ascii": "CFINTYcfinty", "nonAscii": false }, "finnhub-access-token": { "ascii": "BFHINUbfhinu", "nonAscii": false }, "firebase-cloud-messaging-key": { "ascii": "-0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "flickr-access-token": { "ascii": "CFIKLRcfiklr", "nonAscii": true }, "flutterwave-encryption-key": { "ascii": "CEFKLSW", "nonAscii": false }, "flutterwave-public-key": { "ascii": "BFKLPUW", "nonAscii": false }, "flutterwave-secret-key": { "ascii": "CEFKLSW", "nonAscii": false }, "flyio-access-token": { "ascii": "12_afmor", "nonAscii": false }, "frameio-api-token": { "ascii": "-fiou", "nonAscii": false }, "freemius-secret-key": { "ascii": "\"'CEKRSTY_cekrsty", "nonAscii": true }, "freshbooks-access-token": { "ascii": "BEFHKORSbefhkors", "nonAscii": true }, "gcp-api-key": { "ascii": "AIaz", "nonAscii": false }, "generic-api-key": { "ascii": "\"'-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-password": { "ascii": "\"'-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-password-dotenv": { "ascii": "\t -.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-password-unquoted": { "ascii": "\t -.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-secret-cli-flag": { "ascii": "\t\n\f\r -ACDEGHIKLNOPRSTUWYacdeghiklnoprstuwy", "nonAscii": true }, "generic-secret-k8s-env": { "ascii": "\t\n\r \"'-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-secret-setter": { "ascii": ".ACDEHIKLNOPRSTUVWY_acdehiklnoprstuvwy", "nonAscii": true }, "generic-secret-unquoted": { "ascii": "\t -.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-secret-xml-element": { "ascii": "-.0123456789:<ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "github-app-token": { "ascii": "_ghs", "nonAscii": false }, "github-app-user-token": { "ascii": "_ghu", "nonAscii": false }, "github-fine-grained-pat": { "ascii": "_abghiptu", "nonAscii": false }, "github-oauth": { "ascii": "_gho", "nonAscii": false }, "github-pat": { "ascii": "_ghp", "nonAscii": false }, "github-refresh-token": { "ascii": "_ghr", "nonAscii": false }, "gitlab-cicd-job-token": { "ascii": "-bcglt", "nonAscii": false }, "gitlab-deploy-token": { "ascii": "-dglt", "nonAscii": false }, "gitlab-feature-flag-client-token": { "ascii": "-cfglt", "nonAscii": false }, "gitlab-feed-token": { "ascii": "-fglt", "nonAscii": false }, "gitlab-incoming-mail-token": { "ascii": "-gilmt", "nonAscii": false }, "gitlab-kubernetes-agent-token": { "ascii": "-aeglnt", "nonAscii": false }, "gitlab-oauth-app-secret": { "ascii": "-aglos", "nonAscii": false }, "gitlab-pat": { "ascii": "-aglpt", "nonAscii": false }, "gitlab-pat-routable": { "ascii": "-aglpt", "nonAscii": false }, "gitlab-ptt": { "ascii": "-glpt", "nonAscii": false }, "gitlab-rrt": { "ascii": "13489GR", "nonAscii": false }, "gitlab-runner-authentication-token": { "ascii": "-glrt", "nonAscii": false }, "gitlab-runner-authentication-token-routable": { "ascii": "-glrt", "nonAscii": false }, "gitlab-scim-token": { "ascii": "-aglost", "nonAscii": false }, "gitlab-session-cookie": { "ascii": "=_abegilnost", "nonAscii": false }, "gitter-access-token": { "ascii": "EGIRTegirt", "nonAscii": false }, "gocardless-api-token": { "ascii": "ACDEGLORSacdeglors", "nonAscii": true }, "google-chat-webhook": { "ascii": "./:aceghilmopst", "nonAscii": false }, "google-oauth-access-token": { "ascii": ".29ay", "nonAscii": false }, "google-oauth-client-secret": { "ascii": "-CGOPSX", "nonAscii": false }, "google-oauth-refresh-token": { "ascii": "/01", "nonAscii": false }, "grafana-api-key": { "ascii": "IJeijory", "nonAscii": false }, "grafana-cloud-api-token": { "ascii": "_cgl", "nonAscii": false }, "grafana-service-account-token": { "ascii": "_agls", "nonAscii": false }, "groq-api-key": { "ascii": "_gks", "nonAscii": false }, "harness-api-key": { "ascii": ".apst", "nonAscii": false }, "hashicorp-tf-api-token": { "ascii": ".0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "hashicorp-tf-password": { "ascii": "ADEGILMNOPRSTW_adegilmnoprstw", "nonAscii": true }, "heroku-api-key": { "ascii": "EHKORUehkoru", "nonAscii": true }, "heroku-api-key-v2": { "ascii": "-AHKRU", "nonAscii": false }, "honeycomb-api-key": { "ascii": "BCEHMNOYbcehmnoy", "nonAscii": false }, "http-basic-auth-header": { "ascii": "\t\n\f\r \"',:=ABCHINORSTUZabchinorstuz", "nonAscii": true }, "http-bearer-token": { "ascii": "\t\n\f\r \"',:=ABEHINORTUZabehinortuz", "nonAscii": false }, "hubspot-api-key": { "ascii": "BHOPSTUbhopstu", "nonAscii": true }, "hubspot-private-app-token": { "ascii": "-aenptu", "nonAscii": false }, "huggingface-access-token": { "ascii": "_fh", "nonAscii": false }, "huggingface-organization-api-token": { "ascii": "_agiopr", "nonAscii": false }, "ibm-cloud-api-key": { "ascii": "BIMbim", "nonAscii": false }, "infracost-api-token": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*+,-:;<=>?@[\\]^`cio{|}~", "nonAscii": true }, "intercom-api-key": { "ascii": "CEIMNORTceimnort", "nonAscii": false }, "intra42-client-secret": { "ascii": "-24adfstu", "nonAscii": false }, "jdbc-connection-password": { "ascii": ":BCDJbcdj", "nonAscii": false }, "jfrog-api-key": { "ascii": "ABCFGIJNORTXYabcfgijnortxy", "nonAscii": false }, "jfrog-identity-token": { "ascii": "ABCFGIJNORTXYabcfgijnortxy", "nonAscii": false }, "jwt": { "ascii": "Jey", "nonAscii": false }, "jwt-base64": { "ascii": "KXZl", "nonAscii": false }, "keystore-password-hint": { "ascii": "-.AEKOPRSTUY_aekoprstuy", "nonAscii": true }, "kraken-access-token": { "ascii": "AEKNRaeknr", "nonAscii": true }, "kubeconfig-client-key": { "ascii": "-acdeiklnty", "nonAscii": false }, "kucoin-access-token": { "ascii": "CIKNOUciknou", "nonAscii": true }, "kucoin-secret-key": { "ascii": "CIKNOUciknou", "nonAscii": true }, "langsmith-api-key": { "ascii": "2_lsv", "nonAscii": false }, "launchdarkly-access-token": { "ascii": "-adikps", "nonAscii": false }, "ldap-connection-string": { "ascii": "ADLPadlp", "nonAscii": false }, "linear-api-key": { "ascii": "_ailnp", "nonAscii": false }, "linear-client-secret": { "ascii": "AEILNRaeilnr", "nonAscii": false }, "linkedin-client-id": { "ascii": "-DEIKLN_deikln", "nonAscii": true }, "linkedin-client-secret": { "ascii": "-DEIKLN_deikln", "nonAscii": true }, "linode-api-token": { "ascii": "DEILNOdeilno", "nonAscii": false }, "lob-api-key": { "ascii": "BLOblo", "nonAscii": false }, "lob-pub-api-key": { "ascii": "BLOblo", "nonAscii": false }, "looker-client-id": { "ascii": "EKLOReklor", "nonAscii": true }, "looker-client-secret": { "ascii": "EKLOReklor", "nonAscii": true }, "mailchimp-api-key": { "ascii": "ACHILMPachilmp", "nonAscii": false }, "mailgun-api-key-v2": { "ascii": "AGILMNUagilmnu", "nonAscii": false }, "mailgun-private-api-token": { "ascii": "AGILMNUagilmnu", "nonAscii": false }, "mailgun-pub-key": { "ascii": "AGILMNUagilmnu", "nonAscii": false }, "mailgun-signing-key": { "ascii": "AGILMNUagilmnu", "nonAscii": false }, "mailjet-api-key": { "ascii": "AEIJKLMPTY_aeijklmpty", "nonAscii": true }, "mandrill-api-key": { "ascii": "ADILMNRadilmnr", "nonAscii": false }, "mapbox-api-token": { "ascii": ".Jeksy", "nonAscii": false }, "mapbox-public-token": { "ascii": "ABMOPXabmopx", "nonAscii": false }, "mattermost-access-token": { "ascii": "AEMORSTaemorst", "nonAscii": true }, "maxmind-license-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "messagebird-api-token": { "ascii": "-ABDEGIMRS_abdegimrs", "nonAscii": true }, "messagebird-client-id": { "ascii": "-ABDEGIMRS_abdegimrs", "nonAscii": true }, "microsoft-teams-webhook": { "ascii": "-./0123456789:abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "mongodb-connection-string": { "ascii": "BDGMNObdgmno", "nonAscii": false }, "mssql-connection-string": { "ascii": "ELMQRSVelmqrsv", "nonAscii": true }, "mysql-connection-string": { "ascii": "ABDILMQRSYabdilmqrsy", "nonAscii": true }, "netlify-access-token": { "ascii": "EFILNTYefilnty", "nonAscii": false }, "netlify-pat": { "ascii": "_cfnopu", "nonAscii": false }, "netrc-password": { "ascii": "ACEHIMNacehimn", "nonAscii": false }, "new-relic-browser-api-token": { "ascii": "-JNRS", "nonAscii": false }, "new-relic-insert-key": { "ascii": "-INR", "nonAscii": false }, "new-relic-license-key": { "ascii": "0123456789ALNRabcdef", "nonAscii": false }, "new-relic-user-api-id": { "ascii": "-CEILNRW_ceilnrw", "nonAscii": false }, "new-relic-user-api-key": { "ascii": "-AKNR", "nonAscii": false }, "notion-api-token": { "ascii": "_cenrst", "nonAscii": false }, "npm-access-token": { "ascii": "_mnp", "nonAscii": false }, "nuget-api-key": { "ascii": "2oy", "nonAscii": false }, "nytimes-access-token": { "ascii": "-EIKMNORSTWYeikmnorstwy", "nonAscii": true }, "octopus-deploy-api-key": { "ascii": "-AIP", "nonAscii": false }, "okta-access-token": { "ascii": "AKOTakot", "nonAscii": false }, "openai-api-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "openai-legacy-api-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "openrouter-api-key": { "ascii": "-1korsv", "nonAscii": false }, "openshift-user-token": { "ascii": "256ahs~", "nonAscii": false }, "pagerduty-api-key": { "ascii": "ADEGPRTUY_adegprtuy", "nonAscii": false }, "perplexity-api-key": { "ascii": "-lpx", "nonAscii": false }, "plaid-api-token": { "ascii": "ADILPadilp", "nonAscii": false }, "plaid-client-id": { "ascii": "ADILPadilp", "nonAscii": false }, "plaid-secret-key": { "ascii": "ADILPadilp", "nonAscii": false }, "planetscale-api-token": { "ascii": "_aceklnpst", "nonAscii": false }, "planetscale-oauth-token": { "ascii": "_acehlopstu", "nonAscii": false }, "planetscale-password": { "ascii": "_acelpsw", "nonAscii": false }, "postgres-connection-string": { "ascii": "EGOPRSTegoprst", "nonAscii": true }, "postman-api-token": { "ascii": "-AKMP", "nonAscii": false }, "postmark-server-token": { "ascii": "AKMOPRSTakmoprst", "nonAscii": true }, "prefect-api-token": { "ascii": "_npu", "nonAscii": false }, "private-key": { "ascii": " -.124589ABCDEGHIKMNPRSTVXY", "nonAscii": false }, "private-key-dsa": { "ascii": " -ABDEGIKNPRSTVY", "nonAscii": false }, "private-key-ec": { "ascii": " -ABCEGIKNPRTVY", "nonAscii": false }, "private-key-encrypted": { "ascii": " -ABCDEGIKNPRTVY", "nonAscii": false }, "private-key-jwk": { "ascii": "\"kty", "nonAscii": false }, "private-key-openssh": { "ascii": " -ABEGHIKNOPRSTVY", "nonAscii": false }, "private-key-pgp": { "ascii": " -ABCEGIKLNOPRTVY", "nonAscii": false }, "private-key-pkcs8": { "ascii": " -ABEGIKNPRTVY", "nonAscii": false }, "private-key-putty": { "ascii": "-FKPTUYeilrsuy", "nonAscii": false }, "private-key-rsa": { "ascii": " -ABEGIKNPRSTVY", "nonAscii": false }, "private-key-ssh2": { "ascii": " -2ABCDEGHIKNPRSTVY", "nonAscii": false }, "privateai-api-token": { "ascii": "-AEIPRTV_aeiprtv", "nonAscii": false }, "pulumi-api-token": { "ascii": "-lpu", "nonAscii": false }, "pypi-test-upload-token": { "ascii": "-59ABCEGLNVXZdegimpwyz", "nonAscii": false }, "pypi-upload-token": { "ascii": "-5AEHISacgilmpvwy", "nonAscii": false }, "rapidapi-access-token": { "ascii": "ADIPRadipr", "nonAscii": false }, "readme-api-token": { "ascii": "_demr", "nonAscii": false }, "redis-connection-string": { "ascii": "DEIRSdeirs", "nonAscii": true }, "redis-password-only-uri": { "ascii": "DEIRSdeirs", "nonAscii": true }, "replicate-api-token": { "ascii": "8_r", "nonAscii": false }, "resend-api-key": { "ascii": "_er", "nonAscii": false }, "rubygems-api-token": { "ascii": "_begmrsuy", "nonAscii": false }, "salesforce-access-token": { "ascii": "0D", "nonAscii": false }, "scalingo-api-token": { "ascii": "-kstu", "nonAscii": false }, "sendbird-access-id": { "ascii": "BDEINRSbdeinrs", "nonAscii": true }, "sendbird-access-token": { "ascii": "BDEINRSbdeinrs", "nonAscii": true }, "sendgrid-api-token": { "ascii": ".GS", "nonAscii": false }, "sendinblue-api-token": { "ascii": "-beiksxy", "nonAscii": false }, "sentry-access-token": { "ascii": "ENRSTYenrsty", "nonAscii": true }, "sentry-org-token": { "ascii": "JOQXY_einprsty", "nonAscii": false }, "sentry-user-token": { "ascii": "_nrstuy", "nonAscii": false }, "settlemint-application-access-token": { "ascii": "_amst", "nonAscii": false }, "settlemint-personal-access-token": { "ascii": "_ampst", "nonAscii": false }, "settlemint-service-access-token": { "ascii": "_amst", "nonAscii": false }, "shippo-api-token": { "ascii": "_hiops", "nonAscii": false }, "shopify-access-token": { "ascii": "_ahpst", "nonAscii": false }, "shopify-api-secret": { "ascii": "FHIOPSYfhiopsy", "nonAscii": true }, "shopify-custom-access-token": { "ascii": "_achps", "nonAscii": false }, "shopify-private-app-access-token": { "ascii": "_ahps", "nonAscii": false }, "shopify-shared-secret": { "ascii": "_hps", "nonAscii": false }, "sidekiq-secret": { "ascii": "BCDEGILMNOPRSTUY_bcdegilmnoprstuy", "nonAscii": true }, "sidekiq-sensitive-url": { "ascii": "./0123456789:@ABCDEFGHIMNOPRSTYabcdefghimnoprsty", "nonAscii": true }, "slack-app-token": { "ascii": "-apx", "nonAscii": false }, "slack-bot-token": { "ascii": "box", "nonAscii": false }, "slack-config-access-token": { "ascii": "-.BEOPXbeopx", "nonAscii": false }, "slack-config-refresh-token": { "ascii": "-EOXeox", "nonAscii": false }, "slack-legacy-bot-token": { "ascii": "box", "nonAscii": false }, "slack-legacy-token": { "ascii": "-osx", "nonAscii": false }, "slack-legacy-workspace-token": { "ascii": "-aorx", "nonAscii": false }, "slack-user-token": { "ascii": "-eopx", "nonAscii": false }, "slack-webhook-url": { "ascii": "./:achklmopst", "nonAscii": false }, "snyk-api-token": { "ascii": "KNSYknsy", "nonAscii": true }, "sonar-api-token": { "ascii": "_apqsu", "nonAscii": false }, "sonar-legacy-token": { "ascii": "ANORSanors", "nonAscii": true }, "sourcegraph-access-token": { "ascii": "_gps", "nonAscii": false }, "square-access-token": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*,-.0:;<=>?@AE[\\]^`apqst{|}~", "nonAscii": true }, "square-oauth-secret": { "ascii": "-0cpqs", "nonAscii": false }, "squarespace-access-token": { "ascii": "ACEPQRSUacepqrsu", "nonAscii": true }, "stripe-access-token": { "ascii": "_deikloprsv", "nonAscii": false }, "stripe-test-key": { "ascii": "_ekrst", "nonAscii": false }, "stripe-webhook-secret": { "ascii": "_cehsw", "nonAscii": false }, "sumologic-access-id": { "ascii": "MOSUmosu", "nonAscii": false }, "sumologic-access-token": { "ascii": "MOSUmosu", "nonAscii": false }, "supabase-pat": { "ascii": "_bps", "nonAscii": false }, "supabase-secret-key": { "ascii": "_bcerst", "nonAscii": false }, "tailscale-key": { "ascii": "-eksty", "nonAscii": false }, "telegram-bot-api-token": { "ascii": "BEGKLNORT_begklnort", "nonAscii": true }, "travisci-access-token": { "ascii": "AIRSTVairstv", "nonAscii": true }, "twilio-api-key": { "ascii": "KS", "nonAscii": false }, "twilio-auth-token": { "ascii": "ILOTWilotw", "nonAscii": false }, "twitch-api-token": { "ascii": "CHITWchitw", "nonAscii": false }, "twitter-access-secret": { "ascii": "EIRTWeirtw", "nonAscii": false }, "twitter-access-token": { "ascii": "EIRTWeirtw", "nonAscii": false }, "twitter-api-key": { "ascii": "EIRTWeirtw", "nonAscii": false }, "twitter-api-secret": { "ascii": "EIRTWeirtw", "nonAscii": false }, "twitter-bearer-token": { "ascii": "EIRTWeirtw", "nonAscii": false }, "typeform-api-token": { "ascii": "_fpt", "nonAscii": false }, "url-basic-auth": { "ascii": "+/345:ABCDEFGHIJKLMNOPRSTUVWXabcdefghijklmnoprstuvwx", "nonAscii": true }, "vault-batch-token": { "ascii": ".bhv", "nonAscii": false }, "vault-legacy-service-token": { "ascii": "-ALTUVXaltuvx", "nonAscii": false }, "vault-recovery-token": { "ascii": ".hrv", "nonAscii": false }, "vault-service-token": { "ascii": ".hsv", "nonAscii": false }, "vault-service-token-short": { "ascii": ".hsv", "nonAscii": false }, "vault-unseal-key": { "ascii": "AELNSUaelnsu", "nonAscii": true }, "vercel-token": { "ascii": "_acikprv", "nonAscii": false }, "xai-api-key": { "ascii": "-aix", "nonAscii": false }, "yandex-access-token": { "ascii": "ADENXYadenxy", "nonAscii": false }, "yandex-api-key": { "ascii": "ADENXYadenxy", "nonAscii": false }, "yandex-aws-access-token": { "ascii": "ADENXYadenxy", "nonAscii": false }, "zapier-webhook-url": { "ascii": "./:acehikmoprstz", "nonAscii": false }, "zendesk-secret-key": { "ascii": "DEKNSZdeknsz", "nonAscii": true } };
/** Rule id -> the chars a match must read right after its first keyword (rules with a lead, when it must read one and not every char can be it). */
const builtinKeywordFollowChars = { "1password-secret-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "nonAscii": false }, "1password-service-account-token": { "ascii": "e", "nonAscii": false }, "adafruit-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "adobe-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "adobe-client-secret": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "age-secret-key": { "ascii": "023456789ACDEFGHJKLMNPQRSTUVWXYZ", "nonAscii": false }, "airtable-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "airtable-personnal-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "algolia-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "alibaba-access-key-id": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "amqp-connection-string": { "ascii": ":Ss", "nonAscii": true }, "anthropic-admin-api-key": { "ascii": "-", "nonAscii": false }, "anthropic-api-key": { "ascii": "-", "nonAscii": false }, "anthropic-oauth-token": { "ascii": "-", "nonAscii": false }, "artifactory-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "artifactory-reference-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "asana-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "asana-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "atlassian-api-token": { "ascii": "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "atlassian-legacy-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "authress-service-client-access-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "aws-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "nonAscii": false }, "aws-amazon-bedrock-api-key-long-lived": { "ascii": "+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "aws-amazon-bedrock-api-key-short-lived": { "ascii": "Y", "nonAscii": false }, "aws-mws-auth-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "aws-session-token": { "ascii": "\t\n\f\r \"',-.0123456789:=ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "azure-ad-client-secret": { "ascii": "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~", "nonAscii": false }, "azure-apim-subscription-key": { "ascii": "\t\n\f\r \"',:=", "nonAscii": false }, "azure-devops-pat": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "azure-devops-pat-v2": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "azure-sas-token": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", "nonAscii": true }, "azure-storage-account-key": { "ascii": "\t\n\f\r =", "nonAscii": false }, "beamer-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "bitbucket-access-token": { "ascii": "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "bitbucket-app-password": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "bitbucket-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "bitbucket-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "bittrex-access-key": { "ascii": "-.AK_ak", "nonAscii": true }, "bittrex-secret-key": { "ascii": "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "braintree-access-token": { "ascii": "0123456789abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "braintree-private-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "buildkite-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "circleci-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "cisco-meraki-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "clickhouse-cloud-api-secret-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "clojars-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "cloudflare-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "cloudflare-global-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "cloudflare-origin-ca-key": { "ascii": "0123456789abcdef", "nonAscii": false }, "codecov-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "cohere-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "coinbase-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "confluent-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "confluent-secret-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "contentful-delivery-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "contentful-personal-access-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "cratesio-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "databricks-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "datadog-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "defined-networking-api-token": { "ascii": "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "digitalocean-access-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "digitalocean-pat": { "ascii": "0123456789abcdef", "nonAscii": false }, "digitalocean-refresh-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "discord-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "discord-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "discord-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "discord-webhook-url": { "ascii": "/", "nonAscii": false }, "docker-config-auth": { "ascii": "\t\n\f\r :", "nonAscii": false }, "dockerhub-pat": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "doppler-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "doppler-service-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "droneci-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "dropbox-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "dropbox-long-lived-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "dropbox-short-lived-api-token": { "ascii": "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "duffel-api-token": { "ascii": "lt", "nonAscii": false }, "dynatrace-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "easypost-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "easypost-test-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "etsy-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "facebook-page-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "facebook-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "fastly-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "figma-pat": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "finicity-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "finicity-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "finnhub-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "firebase-cloud-messaging-key": { "ascii": "-0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "flickr-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "flutterwave-encryption-key": { "ascii": "-0123456789_abcdefgh", "nonAscii": false }, "flutterwave-public-key": { "ascii": "-_", "nonAscii": false }, "flutterwave-secret-key": { "ascii": "-_", "nonAscii": false }, "flyio-access-token": { "ascii": "+-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "frameio-api-token": { "ascii": "-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "freemius-secret-key": { "ascii": "\"'", "nonAscii": false }, "freshbooks-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "gcp-api-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "generic-api-key": { "ascii": "\t\n\f\r \"'-.0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZ]_`abcdefghijklmnopqrstuvwxyz{|", "nonAscii": true }, "generic-password": { "ascii": "\t\n\f\r \"'-.0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZ]_`abcdefghijklmnopqrstuvwxyz{|", "nonAscii": true }, "generic-password-dotenv": { "ascii": "\t -.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-password-unquoted": { "ascii": "\t -.0123456789:=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-secret-cli-flag": { "ascii": "\t -=KWkw", "nonAscii": true }, "generic-secret-k8s-env": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\u000b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz|~", "nonAscii": true }, "generic-secret-setter": { "ascii": "\t\n\f\r (KPSW_kpsw", "nonAscii": true }, "generic-secret-unquoted": { "ascii": "\t -.0123456789:=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "generic-secret-xml-element": { "ascii": "-.0123456789:>ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "github-app-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "github-app-user-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "github-fine-grained-pat": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "github-oauth": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "github-pat": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "github-refresh-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-cicd-job-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-deploy-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-feature-flag-client-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-feed-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-incoming-mail-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-kubernetes-agent-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-oauth-app-secret": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-pat": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-pat-routable": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-ptt": { "ascii": "0123456789abcdef", "nonAscii": false }, "gitlab-rrt": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-runner-authentication-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-runner-authentication-token-routable": { "ascii": "t", "nonAscii": false }, "gitlab-scim-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitlab-session-cookie": { "ascii": "0123456789abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "gitter-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "gocardless-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "google-chat-webhook": { "ascii": "/", "nonAscii": false }, "google-oauth-access-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "google-oauth-client-secret": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "google-oauth-refresh-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "grafana-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "grafana-cloud-api-token": { "ascii": "+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "grafana-service-account-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "groq-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "harness-api-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "hashicorp-tf-api-token": { "ascii": ".0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "hashicorp-tf-password": { "ascii": "\t\n\f\r =", "nonAscii": false }, "heroku-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "heroku-api-key-v2": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "honeycomb-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "http-basic-auth-header": { "ascii": "\t\n\f\r ", "nonAscii": false }, "http-bearer-token": { "ascii": "\t\n\f\r ", "nonAscii": false }, "hubspot-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "hubspot-private-app-token": { "ascii": "0123456789", "nonAscii": false }, "huggingface-access-token": { "ascii": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "huggingface-organization-api-token": { "ascii": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "ibm-cloud-api-key": { "ascii": "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "infracost-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "intercom-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "intra42-client-secret": { "ascii": "0123456789abcdef", "nonAscii": false }, "jdbc-connection-password": { "ascii": "+-0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "jfrog-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "jfrog-identity-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "jwt": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "jwt-base64": { "ascii": "Mace", "nonAscii": false }, "keystore-password-hint": { "ascii": "\t\n\f\r -.0123456789:=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "kraken-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "kubeconfig-client-key": { "ascii": ":", "nonAscii": false }, "kucoin-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "kucoin-secret-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "langsmith-api-key": { "ascii": "ps", "nonAscii": false }, "launchdarkly-access-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "ldap-connection-string": { "ascii": ":Ss", "nonAscii": true }, "linear-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "linear-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "linkedin-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "linkedin-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "linode-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "lob-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "lob-pub-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "looker-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "looker-client-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailchimp-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailgun-api-key-v2": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailgun-private-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailgun-pub-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailgun-signing-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mailjet-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mandrill-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mapbox-api-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "mapbox-public-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "mattermost-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "messagebird-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "messagebird-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "microsoft-teams-webhook": { "ascii": "/", "nonAscii": false }, "mongodb-connection-string": { "ascii": "+:", "nonAscii": false }, "mssql-connection-string": { "ascii": "+:", "nonAscii": false }, "mysql-connection-string": { "ascii": "+2:Xx", "nonAscii": false }, "netlify-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "netlify-pat": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "netrc-password": { "ascii": "\t ", "nonAscii": false }, "new-relic-browser-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "new-relic-insert-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "new-relic-user-api-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "new-relic-user-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "nonAscii": false }, "notion-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "npm-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "npmrc-auth-token": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*+,-./0123456789;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", "nonAscii": true }, "nuget-api-key": { "ascii": "0123456789abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "nytimes-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "octopus-deploy-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", "nonAscii": false }, "okta-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "openai-api-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "openai-legacy-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "openrouter-api-key": { "ascii": "0123456789abcdef", "nonAscii": false }, "openshift-user-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "pagerduty-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "perplexity-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "plaid-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "plaid-client-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "plaid-secret-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "planetscale-api-token": { "ascii": "-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "planetscale-oauth-token": { "ascii": "-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "planetscale-password": { "ascii": "-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "postgres-connection-string": { "ascii": "+:Qq", "nonAscii": false }, "postman-api-token": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "postmark-server-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "prefect-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "private-key": { "ascii": "\t\n\f\r +/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ\\abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "private-key-dsa": { "ascii": "-", "nonAscii": false }, "private-key-ec": { "ascii": "-", "nonAscii": false }, "private-key-encrypted": { "ascii": "-", "nonAscii": false }, "private-key-jwk": { "ascii": "\t\n\f\r :", "nonAscii": false }, "private-key-openssh": { "ascii": "-", "nonAscii": false }, "private-key-pgp": { "ascii": "-", "nonAscii": false }, "private-key-pkcs8": { "ascii": "-", "nonAscii": false }, "private-key-putty": { "ascii": "23", "nonAscii": false }, "private-key-rsa": { "ascii": "-", "nonAscii": false }, "private-key-ssh2": { "ascii": "-", "nonAscii": false }, "privateai-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "pulumi-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "pypi-test-upload-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "pypi-upload-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "rapidapi-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "readme-api-token": { "ascii": "0123456789abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "redis-connection-string": { "ascii": ":Ss", "nonAscii": true }, "redis-password-only-uri": { "ascii": ":Ss", "nonAscii": true }, "replicate-api-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "resend-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "rubygems-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "salesforce-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "scalingo-api-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "sendbird-access-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "sendbird-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "sendgrid-api-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "sendinblue-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "sentry-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "sentry-org-token": { "ascii": "+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "sentry-user-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "settlemint-application-access-token": { "ascii": "_", "nonAscii": false }, "settlemint-personal-access-token": { "ascii": "_", "nonAscii": false }, "settlemint-service-access-token": { "ascii": "_", "nonAscii": false }, "shippo-api-token": { "ascii": "lt", "nonAscii": false }, "shopify-access-token": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "shopify-api-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "shopify-custom-access-token": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "shopify-private-app-access-token": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "shopify-shared-secret": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "sidekiq-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "slack-app-token": { "ascii": "0123456789", "nonAscii": false }, "slack-bot-token": { "ascii": "-", "nonAscii": false }, "slack-config-access-token": { "ascii": "0123456789", "nonAscii": false }, "slack-config-refresh-token": { "ascii": "0123456789", "nonAscii": false }, "slack-legacy-bot-token": { "ascii": "-", "nonAscii": false }, "slack-legacy-token": { "ascii": "0123456789", "nonAscii": false }, "slack-legacy-workspace-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "slack-user-token": { "ascii": "0123456789", "nonAscii": false }, "slack-webhook-url": { "ascii": "/", "nonAscii": false }, "snyk-api-token": { "ascii": "-.AKOT_akot", "nonAscii": true }, "sonar-api-token": { "ascii": "0123456789abcdef", "nonAscii": false }, "sonar-legacy-token": { "ascii": "-.LT_lt", "nonAscii": false }, "sourcegraph-access-token": { "ascii": "0123456789ABCDEFabcdefl", "nonAscii": false }, "square-access-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "square-oauth-secret": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "squarespace-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "stripe-access-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "stripe-test-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "stripe-webhook-secret": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "sumologic-access-id": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "sumologic-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "supabase-pat": { "ascii": "0123456789abcdef", "nonAscii": false }, "supabase-secret-key": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "tailscale-key": { "ascii": "acsw", "nonAscii": false }, "telegram-bot-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "travisci-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twilio-api-key": { "ascii": "0123456789ABCDEFabcdef", "nonAscii": false }, "twilio-auth-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitch-api-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitter-access-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitter-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitter-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitter-api-secret": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "twitter-bearer-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "typeform-api-token": { "ascii": "-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "url-basic-auth": { "ascii": "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f!#%&()*+,-.0123456789;=?ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz|~", "nonAscii": true }, "vault-batch-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "vault-legacy-service-token": { "ascii": "-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": true }, "vault-recovery-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "vault-service-token": { "ascii": "-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "vault-service-token-short": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "vault-unseal-key": { "ascii": " -K_k", "nonAscii": true }, "vercel-token": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "xai-api-key": { "ascii": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", "nonAscii": false }, "yandex-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "yandex-api-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "yandex-aws-access-token": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true }, "zapier-webhook-url": { "ascii": "/", "nonAscii": false }, "zendesk-secret-key": { "ascii": "\t\n\f\r \"',-.0123456789:=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_`abcdefghijklmnopqrstuvwxyz|", "nonAscii": true } };
/** Rule id -> the longest match in UTF-16 units (rules whose matches are bounded). */
const builtinMaxMatch = { "1password-secret-key": 40, "adafruit-api-key": 73, "adobe-client-id": 70, "adobe-client-secret": 38, "age-secret-key": 74, "airtable-api-key": 58, "airtable-personnal-access-token": 82, "algolia-api-key": 72, "alibaba-access-key-id": 26, "alibaba-secret-key": 80, "amqp-connection-string": 1210, "anthropic-admin-api-key": 112, "anthropic-api-key": 110, "anthropic-oauth-token": 110, "artifactory-api-key": 73, "artifactory-reference-token": 64, "asana-client-id": 54, "asana-client-secret": 70, "asana-pat": 70, "atlassian-api-token": 194, "atlassian-legacy-api-token": 67, "authress-service-client-access-key": 206, "aws-access-token": 20, "aws-amazon-bedrock-api-key-long-lived": 277, "aws-amazon-bedrock-api-key-short-lived": 1044, "aws-mws-auth-token": 45, "aws-secret-access-key": 83, "aws-session-token": 1046, "azure-ad-client-secret": 42, "azure-apim-subscription-key": 66, "azure-devops-pat": 103, "azure-devops-pat-v2": 86, "azure-function-key": 104, "azure-openai-api-key": 80, "azure-sas-token": 724, "azure-shared-access-key": 67, "azure-storage-account-key": 105, "azure-storage-key-assignment": 166, "beamer-api-token": 85, "bitbucket-access-token": 314, "bitbucket-app-password": 38, "bitbucket-client-id": 74, "bitbucket-client-secret": 106, "bittrex-access-key": 83, "bittrex-secret-key": 90, "braintree-access-token": 73, "braintree-private-key": 74, "buildkite-token": 47, "circleci-token": 72, "cisco-meraki-api-key": 79, "clickhouse-cloud-api-secret-key": 42, "clojars-api-token": 70, "cloudflare-api-key": 83, "cloudflare-global-api-key": 80, "cloudflare-origin-ca-key": 178, "codecov-access-token": 76, "cohere-api-token": 83, "coinbase-access-token": 105, "confluent-access-token": 58, "confluent-secret-key": 106, "contentful-delivery-api-token": 86, "contentful-personal-access-token": 51, "cratesio-api-token": 35, "curl-auth-user": 1420, "databricks-api-token": 40, "datadog-access-token": 87, "defined-networking-api-token": 87, "digitalocean-access-token": 73, "digitalocean-pat": 73, "digitalocean-refresh-token": 73, "discord-api-token": 104, "discord-bot-token": 74, "discord-client-id": 59, "discord-client-secret": 72, "docker-config-auth": 1540, "dockerhub-pat": 43, "doppler-api-token": 55, "doppler-service-token": 88, "droneci-access-token": 70, "dropbox-api-token": 55, "dropbox-long-lived-api-token": 104, "duffel-api-token": 57, "dynatrace-api-token": 98, "easypost-api-token": 58, "easypost-test-api-token": 58, "etsy-access-token": 61, "facebook-access-token": 61, "facebook-page-access-token": 606, "facebook-secret": 73, "fastly-api-token": 71, "figma-pat": 71, "finicity-api-token": 73, "finicity-client-secret": 61, "finnhub-access-token": 60, "firebase-cloud-messaging-key": 154, "flickr-access-token": 71, "flutterwave-encryption-key": 25, "flutterwave-public-key": 47, "flutterwave-secret-key": 47, "frameio-api-token": 72, "freshbooks-access-token": 107, "gcp-api-key": 41, "generic-api-key": 601, "generic-password": 598, "generic-secret-cli-flag": 426, "generic-secret-config-add-key": 520, "generic-secret-k8s-env": 554, "generic-secret-setter": 430, "generic-secret-xml-element": 488, "github-app-token": 42, "github-app-user-token": 42, "github-fine-grained-pat": 95, "github-oauth": 42, "github-pat": 42, "github-refresh-token": 42, "gitlab-cicd-job-token": 34, "gitlab-deploy-token": 27, "gitlab-feature-flag-client-token": 29, "gitlab-feed-token": 27, "gitlab-incoming-mail-token": 33, "gitlab-kubernetes-agent-token": 60, "gitlab-oauth-app-secret": 72, "gitlab-pat": 28, "gitlab-pat-routable": 316, "gitlab-ptt": 48, "gitlab-rrt": 31, "gitlab-runner-authentication-token": 27, "gitlab-runner-authentication-token-routable": 318, "gitlab-scim-token": 29, "gitlab-session-cookie": 50, "gitter-access-token": 79, "gocardless-api-token": 88, "google-chat-webhook": 204, "google-oauth-access-token": 407, "google-oauth-client-secret": 37, "google-oauth-refresh-token": 126, "grafana-api-key": 413, "grafana-cloud-api-token": 409, "grafana-service-account-token": 48, "groq-api-key": 58, "harness-api-key": 74, "hashicorp-tf-api-token": 95, "hashicorp-tf-password": 169, "heroku-api-key": 75, "heroku-api-key-v2": 67, "honeycomb-api-key": 106, "http-basic-auth-header": 534, "hubspot-api-key": 76, "hubspot-private-app-token": 46, "huggingface-access-token": 39, "huggingface-organization-api-token": 44, "ibm-cloud-api-key": 97, "infracost-api-token": 40, "intercom-api-key": 101, "intra42-client-secret": 75, "jdbc-connection-password": 1056, "jfrog-api-key": 117, "jfrog-identity-token": 108, "keystore-password-hint": 239, "kraken-access-token": 129, "kubeconfig-client-key": 1036, "kucoin-access-token": 63, "kucoin-secret-key": 75, "langsmith-api-key": 53, "launchdarkly-access-token": 42, "ldap-connection-string": 1210, "linear-api-key": 50, "linear-client-secret": 71, "linkedin-client-id": 56, "linkedin-client-secret": 58, "linode-api-token": 103, "lob-api-key": 76, "lob-pub-api-key": 76, "looker-client-id": 59, "looker-client-secret": 63, "mailchimp-api-key": 79, "mailgun-api-key-v2": 90, "mailgun-private-api-token": 76, "mailgun-pub-key": 79, "mailgun-signing-key": 90, "mailjet-api-key": 74, "mandrill-api-key": 66, "mapbox-api-token": 231, "mapbox-public-token": 125, "mattermost-access-token": 69, "maxmind-license-key": 42, "messagebird-api-token": 70, "messagebird-client-id": 81, "microsoft-teams-webhook": 260, "mongodb-connection-string": 1216, "netlify-access-token": 86, "netlify-pat": 42, "netrc-password": 1290, "new-relic-browser-api-token": 26, "new-relic-insert-key": 39, "new-relic-license-key": 38, "new-relic-user-api-id": 106, "new-relic-user-api-key": 34, "notion-api-token": 52, "npm-access-token": 42, "npmrc-auth-token": 1425, "nuget-api-key": 46, "nytimes-access-token": 79, "octopus-deploy-api-key": 32, "okta-access-token": 79, "openai-api-key": 169, "openai-legacy-api-key": 53, "openrouter-api-key": 75, "openshift-user-token": 52, "pagerduty-api-key": 65, "perplexity-api-key": 55, "pgpass-password": 1610, "plaid-api-token": 93, "plaid-client-id": 62, "plaid-secret-key": 68, "planetscale-api-token": 77, "planetscale-oauth-token": 79, "planetscale-password": 76, "postman-api-token": 66, "postmark-server-token": 77, "prefect-api-token": 42, "privateai-api-token": 75, "pulumi-api-token": 46, "pypi-test-upload-token": 1027, "pypi-upload-token": 1020, "rapidapi-access-token": 91, "readme-api-token": 77, "redis-connection-string": 1211, "redis-password-only-uri": 1011, "replicate-api-token": 42, "resend-api-key": 38, "rubygems-api-token": 59, "salesforce-access-token": 221, "scalingo-api-token": 56, "sendbird-access-id": 77, "sendbird-access-token": 81, "sendgrid-api-token": 71, "sendinblue-api-token": 91, "sentry-access-token": 103, "sentry-org-token": 464, "sentry-user-token": 73, "settlemint-application-access-token": 25, "settlemint-personal-access-token": 25, "settlemint-service-access-token": 25, "shippo-api-token": 54, "shopify-access-token": 40, "shopify-api-secret": 72, "shopify-custom-access-token": 40, "shopify-private-app-access-token": 40, "shopify-shared-secret": 40, "sidekiq-secret": 84, "sidekiq-sensitive-url": 52, "slack-app-token": 103, "slack-bot-token": 67, "slack-config-access-token": 180, "slack-config-refresh-token": 155, "slack-legacy-bot-token": 48, "slack-legacy-token": 122, "slack-legacy-workspace-token": 57, "slack-user-token": 83, "slack-webhook-url": 90, "snyk-api-token": 85, "sonar-api-token": 46, "sonar-legacy-token": 84, "sourcegraph-access-token": 63, "square-access-token": 68, "square-oauth-secret": 52, "squarespace-access-token": 80, "stripe-access-token": 109, "stripe-test-key": 109, "stripe-webhook-secret": 72, "sumologic-access-id": 51, "sumologic-access-token": 101, "supabase-pat": 46, "supabase-secret-key": 76, "tailscale-key": 101, "telegram-bot-api-token": 94, "travisci-access-token": 61, "twilio-api-key": 34, "twilio-auth-token": 71, "twitch-api-token": 69, "twitter-access-secret": 85, "twitter-access-token": 106, "twitter-api-key": 65, "twitter-api-secret": 90, "twitter-bearer-token": 162, "typeform-api-token": 65, "url-basic-auth": 1218, "vault-batch-token": 306, "vault-legacy-service-token": 79, "vault-recovery-token": 126, "vault-service-token": 126, "vault-service-token-short": 30, "vault-unseal-key": 87, "vercel-token": 62, "xai-api-key": 86, "yandex-access-token": 433, "yandex-api-key": 81, "yandex-aws-access-token": 79, "zapier-webhook-url": 63, "zendesk-secret-key": 80 };
/** [RE2 pattern, JavaScript source, flags, group count, exact captures 1/0] or [RE2 pattern, null] when not translatable. */
const builtinTranslations = [["(?:^|/)\\.?pgpass(?:\\.conf)?$", "(?:^|\\/)\\.?pgpass(?:\\.conf)?$", "", 0, 1], ["(?:^|/)\\.gitleaksignore$", "(?:^|\\/)\\.gitleaksignore$", "", 0, 1], ["(?:^|/)\\.mvn/wrapper/[^/]+$", "(?:^|\\/)\\.mvn\\/wrapper\\/[^\\u002f]+$", "", 0, 1], ["(?:^|/)\\.pnpm-store/", "(?:^|\\/)\\.pnpm-store\\/", "", 0, 1], ["(?:^|/)\\.stanch-baseline\\.json$", "(?:^|\\/)\\.stanch-baseline\\.json$", "", 0, 1], ["(?:^|/)\\.stanchignore$", "(?:^|\\/)\\.stanchignore$", "", 0, 1], ["(?:^|/)\\.yarn/(?:cache|unplugged)/", "(?:^|\\/)\\.yarn\\/(?:cache|unplugged)\\/", "", 0, 1], ["(?:^|/)bower_components/", "(?:^|\\/)bower_components\\/", "", 0, 1], ["(?:^|/)go\\.(?:sum|work\\.sum)$", "(?:^|\\/)go\\.(?:sum|work\\.sum)$", "", 0, 1], ["(?:^|/)gradle/verification-metadata\\.xml$", "(?:^|\\/)gradle\\/verification-metadata\\.xml$", "", 0, 1], ["(?:^|/)gradle/wrapper/gradle-wrapper\\.jar$", "(?:^|\\/)gradle\\/wrapper\\/gradle-wrapper\\.jar$", "", 0, 1], ["(?:^|/)gradlew(?:\\.bat)?$", "(?:^|\\/)gradlew(?:\\.bat)?$", "", 0, 1], ["(?:^|/)mvnw(?:\\.cmd)?$", "(?:^|\\/)mvnw(?:\\.cmd)?$", "", 0, 1], ["(?:^|/)node_modules/", "(?:^|\\/)node_modules\\/", "", 0, 1], ["(?:^|/)vendor/(?:github\\.com|golang\\.org|google\\.golang\\.org|gopkg\\.in|k8s\\.io|sigs\\.k8s\\.io|go\\.uber\\.org)/", "(?:^|\\/)vendor\\/(?:github\\.com|golang\\.org|google\\.golang\\.org|gopkg\\.in|k8s\\.io|sigs\\.k8s\\.io|go\\.uber\\.org)\\/", "", 0, 1], ["(?:^|/)vendor/bundle/", "(?:^|\\/)vendor\\/bundle\\/", "", 0, 1], ["(?:^|/)vendor/modules\\.txt$", "(?:^|\\/)vendor\\/modules\\.txt$", "", 0, 1], ["(?:^|=)(?:vault|sops|env)://", "(?:^|=)(?:vault|sops|env):\\/\\/", "", 0, 1], ["(?:^|[\\\\'\"\\x60\\s>=:(,])([A-Za-z0-9_~.]{3}\\dQ~[A-Za-z0-9_~.-]{31,34})(?:$|[\\\\'\"\\x60\\s<),;])", "(?:^|[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027-\\u0028\\u002c\\u003a\\u003d-\\u003e\\u005c\\u0060])([\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e]{3}[\\u0030-\\u0039]Q~(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e]{15}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e]{0,3}))(?:$|[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0029\\u002c\\u003b-\\u003c\\u005c\\u0060])", "", 1, 1], ["(?:^|[^0-9A-Za-z_+/-])(EAAA[0-9A-Za-z_-]{60}|sq0atp-[0-9A-Za-z_-]{22})(?:[^0-9A-Za-z_+/=-]|$)", "(?:^|[^\\u002b\\u002d\\u002f-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a])(EAAA(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12})|sq0atp-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6}))(?:[^\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["(?:^|[^\\w./-])(ico-[A-Za-z0-9]{32})(?:[^\\w-]|$)", "(?:^|[^\\u002d-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a])(ico-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["(?:_gitlab_session=)([0-9a-z]{32})(?:[^\\w-]|$)", "(?:_gitlab_session=)((?:[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/([A-Za-z0-9+/]{43,56})", "(?:https?:\\/\\/)?hooks\\.slack\\.com\\/(?:services|workflows|triggers)\\/((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{11}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,13}))", "", 1, 1], ["(?i)(?:(?-i:ETSY|[Ee]tsy))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:(?:ETSY|[\\u0045\\u0065]tsy))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:(?-i:[Mm]eraki|MERAKI))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?-i:[0-9a-f]{40}))(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:(?:[\\u004d\\u006d]eraki|MERAKI))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:(?-i:[Oo]kta|OKTA))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(00[\\w=-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:(?:[\\u004f\\u006f]kta|OKTA))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}(00(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:(?-i:[Ss]umo|SUMO))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:(?:[\\u0053\\u0073]umo|SUMO))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:(?-i:[Ss]umo|SUMO))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(su[a-zA-Z0-9]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:(?:[\\u0053\\u0073]umo|SUMO))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0053\\u0073\\u017f][\\u0055\\u0075][\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|[_.-]pass|[a-z0-9](?-i:Pass))[\"'\\x60]?\\]?(?:\\s{0,3}\\{\\s{0,3}get;\\s{0,3}(?:private\\s{1,3})?set;\\s{0,3}\\})?(?:\\s{0,3}:\\s{0,3}[A-Za-z][\\w.<>?\\[\\]]{0,30})?[ \\t]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[ \\t]{0,5}(?:process\\.env\\.\\w{1,60}[ \\t]{0,3}(?:\\?\\?|\\|\\|)[ \\t]{0,3})?[\"'\\x60]([^\"'\\x60\\s{}<>]{8,200})[\"'\\x60]|[\"'](?:[A-Za-z0-9]{1,20}[._-]){0,4}(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|pass)[\"'][ \\t]{0,3},[ \\t]{0,5}[\"']([^\"'\\x60\\s{}<>]{8,200})[\"']", "(?:(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))|[\\u002d-\\u002e\\u005f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a](?:Pass))[\\u0022\\u0027\\u0060]?\\]?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\{[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0047\\u0067][\\u0045\\u0065][\\u0054\\u0074];[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}(?:[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,3})?[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074];[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\})?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a](?:(?:[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,14}|[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})))?[\\u0009\\u0020]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[\\u0009\\u0020]{0,5}(?:[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]\\.[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,11}|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))[\\u0009\\u0020]{0,3}(?:\\?\\?|\\|\\|)[\\u0009\\u0020]{0,3})?[\\u0022\\u0027\\u0060]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})))[\\u0022\\u0027\\u0060]|[\\u0022\\u0027](?:(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f]))?)?)?)?)(?:(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])[\\u0022\\u0027][\\u0009\\u0020]{0,3},[\\u0009\\u0020]{0,5}[\\u0022\\u0027]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})))[\\u0022\\u0027]", "", 2, 1], ["(?i)(?:\\.|\\bset|\\bwith)(?:password|passwd|passphrase|secret|client_?secret|token|access_?token|auth_?token|api_?key|access_?key|secret_?key|private_?key|credentials?)\\s{0,3}\\(\\s{0,3}[\"'\\x60]([^\"'\\x60\\s]{8,200})[\"'\\x60]\\s{0,3}\\)", "(?:\\.|\\b[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074]|\\b[\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0048\\u0068])(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0043\\u0063][\\u004c\\u006c][\\u0049\\u0069][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074]_?[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]_?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c][\\u0053\\u0073\\u017f]?)[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\([\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027\\u0060]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,15})))[\\u0022\\u0027\\u0060][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\)", "", 1, 1], ["(?i)(?:\\blob)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?:live|test)_[a-f0-9]{35})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:\\b[\\u004c\\u006c][\\u004f\\u006f][\\u0042\\u0062])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u004c\\u006c][\\u0049\\u0069][\\u0056\\u0076][\\u0045\\u0065]|[\\u0054\\u0074][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074])_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{3}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:\\blob)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?:test|live)_pub_[a-f0-9]{31})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:\\b[\\u004c\\u006c][\\u004f\\u006f][\\u0042\\u0062])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0054\\u0074][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074]|[\\u004c\\u006c][\\u0049\\u0069][\\u0056\\u0076][\\u0045\\u0065])_[\\u0050\\u0070][\\u0055\\u0075][\\u0042\\u0062]_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{15}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:^|/)(?:\\.?venv|virtualenv|\\.tox)/lib(?:64)?/python[0-9.]+/site-packages/", "(?:^|\\/)(?:\\.?[\\u0056\\u0076][\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|[\\u0056\\u0076][\\u0049\\u0069][\\u0052\\u0072][\\u0054\\u0074][\\u0055\\u0075][\\u0041\\u0061][\\u004c\\u006c][\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|\\.[\\u0054\\u0074][\\u004f\\u006f][\\u0058\\u0078])\\/[\\u004c\\u006c][\\u0049\\u0069][\\u0042\\u0062](?:64)?\\/[\\u0050\\u0070][\\u0059\\u0079][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u004e\\u006e][\\u002e\\u0030-\\u0039]+\\/[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0054\\u0074][\\u0045\\u0065]-[\\u0050\\u0070][\\u0041\\u0061][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u0053\\u0073\\u017f]\\/", "", 0, 1], ["(?i)(?:^|/)[^/]+\\.p(?:12|fx)$", "(?:^|\\/)[^\\u002f]+\\.[\\u0050\\u0070](?:12|[\\u0046\\u0066][\\u0058\\u0078])$", "", 0, 1], ["(?i)(?:^|/)\\.env(?:\\.[\\w.-]+)?$", "(?:^|\\/)\\.[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076](?:\\.[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]+)?$", "", 0, 1], ["(?i)(?:^|/)site-packages/[^/]+\\.dist-info/", "(?:^|\\/)[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0054\\u0074][\\u0045\\u0065]-[\\u0050\\u0070][\\u0041\\u0061][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u0053\\u0073\\u017f]\\/[^\\u002f]+\\.[\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0054\\u0074]-[\\u0049\\u0069][\\u004e\\u006e][\\u0046\\u0066][\\u004f\\u006f]\\/", "", 0, 1], ["(?i)(?:^|\\s)(?:--(?:password|passwd|pass|token|api-key|apikey|secret|client-secret|auth-token|access-token|registry-password)|-(?:storepass|keypass|srcstorepass|deststorepass))(?:=|[ \\t]{1,3})[\"']?([^\\s'\"$\\{\\}<>|;&()]{8,200})[\"']?(?:\\s|$)", "(?:^|[\\u0009-\\u000a\\u000c-\\u000d\\u0020])(?:--(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]-[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0043\\u0063][\\u004c\\u006c][\\u0049\\u0069][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074]-[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]-[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]-[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0052\\u0072][\\u0045\\u0065][\\u0047\\u0067][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0052\\u0072][\\u0059\\u0079]-[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])|-(?:[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0053\\u0073\\u017f][\\u0052\\u0072][\\u0043\\u0063][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0044\\u0064][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]))(?:=|[\\u0009\\u0020]{1,3})[\\u0022\\u0027]?((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0029\\u003b-\\u003c\\u003e\\u007b-\\u007d]{0,15})))[\\u0022\\u0027]?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|$)", "", 1, 1], ["(?i)(?:^|\\s)(?://[^\\s:]{3,200}/:)?_(?:auth(?:Token)?|password)\\s{0,3}=\\s{0,3}[\"']?([A-Za-z0-9+/=._-]{20,1000})[\"']?(?:\\s|$)", "(?:^|[\\u0009-\\u000a\\u000c-\\u000d\\u0020])(?:\\/\\/(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15}))\\/:)?_(?:[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068](?:[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])?|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?((?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{4}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})))[\\u0022\\u0027]?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|$)", "", 1, 1], ["(?i)(?:adafruit)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0044\\u0064][\\u0041\\u0061][\\u0046\\u0066][\\u0052\\u0072][\\u0055\\u0075][\\u0049\\u0069][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:adobe)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0044\\u0064][\\u004f\\u006f][\\u0042\\u0062][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:airtable)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(key[a-z0-9]{14})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0049\\u0069][\\u0052\\u0072][\\u0054\\u0074][\\u0041\\u0061][\\u0042\\u0062][\\u004c\\u006c][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{14})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:algolia)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u004c\\u006c][\\u0047\\u0067][\\u004f\\u006f][\\u004c\\u006c][\\u0049\\u0069][\\u0041\\u0061])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:alibaba|aliyun|access_?key_?secret)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u004c\\u006c][\\u0049\\u0069][\\u0042\\u0062][\\u0041\\u0061][\\u0042\\u0062][\\u0041\\u0061]|[\\u0041\\u0061][\\u004c\\u006c][\\u0049\\u0069][\\u0059\\u0079][\\u0055\\u0075][\\u004e\\u006e]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]_?[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{14}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:asana)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u004e\\u006e][\\u0041\\u0061])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039]{16})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:asana)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u004e\\u006e][\\u0041\\u0061])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:atlassian|confluence|jira)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20}[a-f0-9]{4})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u0054\\u0074][\\u004c\\u006c][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0041\\u0061][\\u004e\\u006e]|[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0046\\u0066][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0045\\u0065]|[\\u004a\\u006a][\\u0049\\u0069][\\u0052\\u0072][\\u0041\\u0061])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4})[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:aws)?_?(?:secret)_?(?:access)?_?(?:key)[\\w.-]{0,10}[\\s'\"\\x60]{0,3}(?:=|:=|:|=>|,)[\\s'\"\\x60]{0,5}([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)", "(?:[\\u0041\\u0061][\\u0057\\u0077][\\u0053\\u0073\\u017f])?_?(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074])_?(?:[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])?_?(?:[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|:|=>|,)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,5}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[^\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]|$)", "", 1, 1], ["(?i)(?:azure[\\w.-]{0,20}(?:storage|account)[\\w.-]{0,10}key|storage_?account_?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9+/]{86}==)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u005a\\u007a][\\u0055\\u0075][\\u0052\\u0072][\\u0045\\u0065](?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))(?:[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u004f\\u006f][\\u0055\\u0075][\\u004e\\u006e][\\u0054\\u0074])[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065]_?[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u004f\\u006f][\\u0055\\u0075][\\u004e\\u006e][\\u0054\\u0074]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{6})==)(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:azure[_-]?devops|\\bado_|azdo|system_accesstoken|vsts)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z2-7]{52})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u005a\\u007a][\\u0055\\u0075][\\u0052\\u0072][\\u0045\\u0065][\\u002d\\u005f]?[\\u0044\\u0064][\\u0045\\u0065][\\u0056\\u0076][\\u004f\\u006f][\\u0050\\u0070][\\u0053\\u0073\\u017f]|\\b[\\u0041\\u0061][\\u0044\\u0064][\\u004f\\u006f]_|[\\u0041\\u0061][\\u005a\\u007a][\\u0044\\u0064][\\u004f\\u006f]|[\\u0053\\u0073\\u017f][\\u0059\\u0079][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u004d\\u006d]_[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0056\\u0076][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0053\\u0073\\u017f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0032-\\u0037\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0032-\\u0037\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0032-\\u0037\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0032-\\u0037\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:azure[_.-]?(?:openai|ai|cognitive)|aoai)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0041\\u0061][\\u005a\\u007a][\\u0055\\u0075][\\u0052\\u0072][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?(?:[\\u004f\\u006f][\\u0050\\u0070][\\u0045\\u0065][\\u004e\\u006e][\\u0041\\u0061][\\u0049\\u0069]|[\\u0041\\u0061][\\u0049\\u0069]|[\\u0043\\u0063][\\u004f\\u006f][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u0054\\u0074][\\u0049\\u0069][\\u0056\\u0076][\\u0045\\u0065])|[\\u0041\\u0061][\\u004f\\u006f][\\u0041\\u0061][\\u0049\\u0069])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:beamer)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(b_[a-z0-9=_-]{44})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0045\\u0065][\\u0041\\u0061][\\u004d\\u006d][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0042\\u0062]_(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{12}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:bitbucket)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u0042\\u0062][\\u0055\\u0075][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:bitbucket)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u0042\\u0062][\\u0055\\u0075][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:bittrex[\\w.-]{0,12}secret)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0052\\u0072][\\u0045\\u0065][\\u0058\\u0078][\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,12}[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:bittrex[_.-]?(?:api[_.-]?|access[_.-]?)?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0052\\u0072][\\u0045\\u0065][\\u0058\\u0078][\\u002d-\\u002e\\u005f]?(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?)?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:braintree)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0052\\u0072][\\u0041\\u0061][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0045\\u0065][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:bundle_enterprise__contribsys__com|bundle_gems__contribsys__com)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{8}:[a-f0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0042\\u0062][\\u0055\\u0075][\\u004e\\u006e][\\u0044\\u0064][\\u004c\\u006c][\\u0045\\u0065]_[\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0045\\u0065]__[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0049\\u0069][\\u0042\\u0062][\\u0053\\u0073\\u017f][\\u0059\\u0079][\\u0053\\u0073\\u017f]__[\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d]|[\\u0042\\u0062][\\u0055\\u0075][\\u004e\\u006e][\\u0044\\u0064][\\u004c\\u006c][\\u0045\\u0065]_[\\u0047\\u0067][\\u0045\\u0065][\\u004d\\u006d][\\u0053\\u0073\\u017f]__[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0049\\u0069][\\u0042\\u0062][\\u0053\\u0073\\u017f][\\u0059\\u0079][\\u0053\\u0073\\u017f]__[\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:cloudflare|cf_api)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{37})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004c\\u006c][\\u004f\\u006f][\\u0055\\u0075][\\u0044\\u0064][\\u0046\\u0066][\\u004c\\u006c][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065]|[\\u0043\\u0063][\\u0046\\u0066]_[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{5}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:cloudflare|cf_api)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004c\\u006c][\\u004f\\u006f][\\u0055\\u0075][\\u0044\\u0064][\\u0046\\u0066][\\u004c\\u006c][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065]|[\\u0043\\u0063][\\u0046\\u0066]_[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:codecov)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9-]{32,36})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u0044\\u0064][\\u0045\\u0065][\\u0043\\u0063][\\u004f\\u006f][\\u0056\\u0076])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:cohere|co_api_key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u0048\\u0068][\\u0045\\u0065][\\u0052\\u0072][\\u0045\\u0065]|[\\u0043\\u0063][\\u004f\\u006f]_[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]_[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:coinbase)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u0049\\u0069][\\u004e\\u006e][\\u0042\\u0062][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:confluent)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9+/]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0046\\u0066][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:confluent)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0046\\u0066][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:contentful)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{43})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0046\\u0066][\\u0055\\u0075][\\u004c\\u006c])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{11}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:csrf|xsrf)[_.-]?token", "(?:[\\u0043\\u0063][\\u0053\\u0073\\u017f][\\u0052\\u0072][\\u0046\\u0066]|[\\u0058\\u0078][\\u0053\\u0073\\u017f][\\u0052\\u0072][\\u0046\\u0066])[\\u002d-\\u002e\\u005f]?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]", "", 0, 1], ["(?i)(?:datadog|\\bdd_(?:api|app|application))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32}|[a-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061][\\u0044\\u0064][\\u004f\\u006f][\\u0047\\u0067]|\\b[\\u0044\\u0064][\\u0044\\u0064]_(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]|[\\u0041\\u0061][\\u0050\\u0070][\\u0050\\u0070]|[\\u0041\\u0061][\\u0050\\u0070][\\u0050\\u0070][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063][\\u0041\\u0061][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16})|(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{17,19})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0043\\u0063][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039]{16}[\\u0030-\\u0039]{1}[\\u0030-\\u0039]{0,2}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0043\\u0063][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:discord)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0043\\u0063][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:drone)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0052\\u0072][\\u004f\\u006f][\\u004e\\u006e][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:dropbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{11}AAAAAAAAAA[a-z0-9_=-]{43})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0052\\u0072][\\u004f\\u006f][\\u0050\\u0070][\\u0042\\u0062][\\u004f\\u006f][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{11}[\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061][\\u0041\\u0061](?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{11}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:dropbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{15})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0044\\u0064][\\u0052\\u0072][\\u004f\\u006f][\\u0050\\u0070][\\u0042\\u0062][\\u004f\\u006f][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{15})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:facebook)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0041\\u0061][\\u0043\\u0063][\\u0045\\u0065][\\u0042\\u0062][\\u004f\\u006f][\\u004f\\u006f][\\u004b\\u006b\\u212a])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:fastly)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004c\\u006c][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:finicity)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0049\\u0069][\\u004e\\u006e][\\u0049\\u0069][\\u0043\\u0063][\\u0049\\u0069][\\u0054\\u0074][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:finicity)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0049\\u0069][\\u004e\\u006e][\\u0049\\u0069][\\u0043\\u0063][\\u0049\\u0069][\\u0054\\u0074][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:finnhub)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0049\\u0069][\\u004e\\u006e][\\u004e\\u006e][\\u0048\\u0068][\\u0055\\u0075][\\u0042\\u0062])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:flickr)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:freshbooks)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0046\\u0066][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0048\\u0068][\\u0042\\u0062][\\u004f\\u006f][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0053\\u0073\\u017f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:gitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0047\\u0067][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:gocardless)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(live_[a-z0-9_=-]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0047\\u0067][\\u004f\\u006f][\\u0043\\u0063][\\u0041\\u0061][\\u0052\\u0072][\\u0044\\u0064][\\u004c\\u006c][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u004c\\u006c][\\u0049\\u0069][\\u0056\\u0076][\\u0045\\u0065]_(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:heroku)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0048\\u0068][\\u0045\\u0065][\\u0052\\u0072][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0055\\u0075])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:honeycomb)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(hc[a-z]ik_[0-9a-z]{58}|[a-z0-9]{22,32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0048\\u0068][\\u004f\\u006f][\\u004e\\u006e][\\u0045\\u0065][\\u0059\\u0079][\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d][\\u0042\\u0062])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0048\\u0068][\\u0043\\u0063][\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a][\\u0049\\u0069][\\u004b\\u006b\\u212a]_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{10})|(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{6}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,10}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:hubspot)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0048\\u0068][\\u0055\\u0075][\\u0042\\u0062][\\u0053\\u0073\\u017f][\\u0050\\u0070][\\u004f\\u006f][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:ibm[\\w.-]{0,10}(?:api)?[_.-]?key|ibmcloud)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9_-]{44})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0049\\u0069][\\u0042\\u0062][\\u004d\\u006d][\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069])?[\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0049\\u0069][\\u0042\\u0062][\\u004d\\u006d][\\u0043\\u0063][\\u004c\\u006c][\\u004f\\u006f][\\u0055\\u0075][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{12}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:intercom)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{60})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{12}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:jfrog|artifactory|bintray|xray)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004a\\u006a][\\u0046\\u0066][\\u0052\\u0072][\\u004f\\u006f][\\u0047\\u0067]|[\\u0041\\u0061][\\u0052\\u0072][\\u0054\\u0074][\\u0049\\u0069][\\u0046\\u0066][\\u0041\\u0061][\\u0043\\u0063][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0059\\u0079]|[\\u0042\\u0062][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0041\\u0061][\\u0059\\u0079]|[\\u0058\\u0078][\\u0052\\u0072][\\u0041\\u0061][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:jfrog|artifactory|bintray|xray)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{73})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004a\\u006a][\\u0046\\u0066][\\u0052\\u0072][\\u004f\\u006f][\\u0047\\u0067]|[\\u0041\\u0061][\\u0052\\u0072][\\u0054\\u0074][\\u0049\\u0069][\\u0046\\u0066][\\u0041\\u0061][\\u0043\\u0063][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0059\\u0079]|[\\u0042\\u0062][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0041\\u0061][\\u0059\\u0079]|[\\u0058\\u0078][\\u0052\\u0072][\\u0041\\u0061][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{9}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:kraken)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9/=_+-]{80,90})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004b\\u006b\\u212a][\\u0052\\u0072][\\u0041\\u0061][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:kucoin)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004b\\u006b\\u212a][\\u0055\\u0075][\\u0043\\u0063][\\u004f\\u006f][\\u0049\\u0069][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:kucoin)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004b\\u006b\\u212a][\\u0055\\u0075][\\u0043\\u0063][\\u004f\\u006f][\\u0049\\u0069][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:linear)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u0049\\u0069][\\u004e\\u006e][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:linked[_-]?in)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{14})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u0049\\u0069][\\u004e\\u006e][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0044\\u0064][\\u002d\\u005f]?[\\u0049\\u0069][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{14})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:linked[_-]?in)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{16})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u0049\\u0069][\\u004e\\u006e][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0044\\u0064][\\u002d\\u005f]?[\\u0049\\u0069][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:linode)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u0049\\u0069][\\u004e\\u006e][\\u004f\\u006f][\\u0044\\u0064][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:looker)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u004f\\u006f][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:looker)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004c\\u006c][\\u004f\\u006f][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailchimp)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32}-us[0-9]{1,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u0043\\u0063][\\u0048\\u0068][\\u0049\\u0069][\\u004d\\u006d][\\u0050\\u0070])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16})-[\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0030-\\u0039]{1,2})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u0047\\u0067][\\u0055\\u0075][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16})-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u0047\\u0067][\\u0055\\u0075][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0048\\u0061-\\u0068]{16}[\\u0030-\\u0039\\u0041-\\u0048\\u0061-\\u0068]{16})-[\\u0030-\\u0039\\u0041-\\u0048\\u0061-\\u0068]{8}-[\\u0030-\\u0039\\u0041-\\u0048\\u0061-\\u0068]{8})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(key-[a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u0047\\u0067][\\u0055\\u0075][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]-(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailgun)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(pubkey-[a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u0047\\u0067][\\u0055\\u0075][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0050\\u0070][\\u0055\\u0075][\\u0042\\u0062][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]-(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mailjet|mj_apikey)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0049\\u0069][\\u004c\\u006c][\\u004a\\u006a][\\u0045\\u0065][\\u0054\\u0074]|[\\u004d\\u006d][\\u004a\\u006a]_[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mandrill)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(md-[0-9A-Za-z_-]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u004e\\u006e][\\u0044\\u0064][\\u0052\\u0072][\\u0049\\u0069][\\u004c\\u006c][\\u004c\\u006c])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u004d\\u006d][\\u0044\\u0064]-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{6}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mapbox)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(pk\\.[a-z0-9]{60}\\.[a-z0-9_-]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0050\\u0070][\\u0042\\u0062][\\u004f\\u006f][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0050\\u0070][\\u004b\\u006b\\u212a]\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{12})\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{6}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:mattermost)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{26})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0041\\u0061][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u004d\\u006d][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{10}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:message[_-]?bird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u002d\\u005f]?[\\u0042\\u0062][\\u0049\\u0069][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:message[_-]?bird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{25})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u002d\\u005f]?[\\u0042\\u0062][\\u0049\\u0069][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{9}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:netlify)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{40,46})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004e\\u006e][\\u0045\\u0065][\\u0054\\u0074][\\u004c\\u006c][\\u0049\\u0069][\\u0046\\u0066][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{8}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,6}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:new-relic|newrelic|new_relic)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004e\\u006e][\\u0045\\u0065][\\u0057\\u0077]-[\\u0052\\u0072][\\u0045\\u0065][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063]|[\\u004e\\u006e][\\u0045\\u0065][\\u0057\\u0077][\\u0052\\u0072][\\u0045\\u0065][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063]|[\\u004e\\u006e][\\u0045\\u0065][\\u0057\\u0077]_[\\u0052\\u0072][\\u0045\\u0065][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:nytimes|new-york-times|newyorktimes)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9=_-]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u004e\\u006e][\\u0059\\u0079][\\u0054\\u0074][\\u0049\\u0069][\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u004e\\u006e][\\u0045\\u0065][\\u0057\\u0077]-[\\u0059\\u0079][\\u004f\\u006f][\\u0052\\u0072][\\u004b\\u006b\\u212a]-[\\u0054\\u0074][\\u0049\\u0069][\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u004e\\u006e][\\u0045\\u0065][\\u0057\\u0077][\\u0059\\u0079][\\u004f\\u006f][\\u0052\\u0072][\\u004b\\u006b\\u212a][\\u0054\\u0074][\\u0049\\u0069][\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:pagerduty|pager_duty)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}((?-i:u\\+)?[A-Za-z0-9_+-]{20})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u0052\\u0072][\\u0044\\u0064][\\u0055\\u0075][\\u0054\\u0074][\\u0059\\u0079]|[\\u0050\\u0070][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u0052\\u0072]_[\\u0044\\u0064][\\u0055\\u0075][\\u0054\\u0074][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:u\\+)?(?:[\\u002b\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{4}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}?[_.-]?(?:name|label|hint|type|field|id|url|uri|endpoint|path|file|dir|prompt|placeholder|length|len|policy|regex|pattern|format|header|param|env|var|ref|count|expir\\w{0,6}|ttl|timeout|enabled|required|min|max|provider|method|mode|store|manager|version|location|hash|digest|checksum|fingerprint|title|description|caption|tooltip|help|message)[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)", "(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}?))[\\u002d-\\u002e\\u005f]?(?:[\\u004e\\u006e][\\u0041\\u0061][\\u004d\\u006d][\\u0045\\u0065]|[\\u004c\\u006c][\\u0041\\u0061][\\u0042\\u0062][\\u0045\\u0065][\\u004c\\u006c]|[\\u0048\\u0068][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074]|[\\u0054\\u0074][\\u0059\\u0079][\\u0050\\u0070][\\u0045\\u0065]|[\\u0046\\u0066][\\u0049\\u0069][\\u0045\\u0065][\\u004c\\u006c][\\u0044\\u0064]|[\\u0049\\u0069][\\u0044\\u0064]|[\\u0055\\u0075][\\u0052\\u0072][\\u004c\\u006c]|[\\u0055\\u0075][\\u0052\\u0072][\\u0049\\u0069]|[\\u0045\\u0065][\\u004e\\u006e][\\u0044\\u0064][\\u0050\\u0070][\\u004f\\u006f][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074]|[\\u0050\\u0070][\\u0041\\u0061][\\u0054\\u0074][\\u0048\\u0068]|[\\u0046\\u0066][\\u0049\\u0069][\\u004c\\u006c][\\u0045\\u0065]|[\\u0044\\u0064][\\u0049\\u0069][\\u0052\\u0072]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u004d\\u006d][\\u0050\\u0070][\\u0054\\u0074]|[\\u0050\\u0070][\\u004c\\u006c][\\u0041\\u0061][\\u0043\\u0063][\\u0045\\u0065][\\u0048\\u0068][\\u004f\\u006f][\\u004c\\u006c][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]|[\\u004c\\u006c][\\u0045\\u0065][\\u004e\\u006e][\\u0047\\u0067][\\u0054\\u0074][\\u0048\\u0068]|[\\u004c\\u006c][\\u0045\\u0065][\\u004e\\u006e]|[\\u0050\\u0070][\\u004f\\u006f][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063][\\u0059\\u0079]|[\\u0052\\u0072][\\u0045\\u0065][\\u0047\\u0067][\\u0045\\u0065][\\u0058\\u0078]|[\\u0050\\u0070][\\u0041\\u0061][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u004e\\u006e]|[\\u0046\\u0066][\\u004f\\u006f][\\u0052\\u0072][\\u004d\\u006d][\\u0041\\u0061][\\u0054\\u0074]|[\\u0048\\u0068][\\u0045\\u0065][\\u0041\\u0061][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]|[\\u0050\\u0070][\\u0041\\u0061][\\u0052\\u0072][\\u0041\\u0061][\\u004d\\u006d]|[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|[\\u0056\\u0076][\\u0041\\u0061][\\u0052\\u0072]|[\\u0052\\u0072][\\u0045\\u0065][\\u0046\\u0066]|[\\u0043\\u0063][\\u004f\\u006f][\\u0055\\u0075][\\u004e\\u006e][\\u0054\\u0074]|[\\u0045\\u0065][\\u0058\\u0078][\\u0050\\u0070][\\u0049\\u0069][\\u0052\\u0072][\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,6}|[\\u0054\\u0074][\\u0054\\u0074][\\u004c\\u006c]|[\\u0054\\u0074][\\u0049\\u0069][\\u004d\\u006d][\\u0045\\u0065][\\u004f\\u006f][\\u0055\\u0075][\\u0054\\u0074]|[\\u0045\\u0065][\\u004e\\u006e][\\u0041\\u0061][\\u0042\\u0062][\\u004c\\u006c][\\u0045\\u0065][\\u0044\\u0064]|[\\u0052\\u0072][\\u0045\\u0065][\\u0051\\u0071][\\u0055\\u0075][\\u0049\\u0069][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064]|[\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e]|[\\u004d\\u006d][\\u0041\\u0061][\\u0058\\u0078]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0056\\u0076][\\u0049\\u0069][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]|[\\u004d\\u006d][\\u0045\\u0065][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u0044\\u0064]|[\\u004d\\u006d][\\u004f\\u006f][\\u0044\\u0064][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065]|[\\u004d\\u006d][\\u0041\\u0061][\\u004e\\u006e][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065][\\u0052\\u0072]|[\\u0056\\u0076][\\u0045\\u0065][\\u0052\\u0072][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]|[\\u004c\\u006c][\\u004f\\u006f][\\u0043\\u0063][\\u0041\\u0061][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]|[\\u0048\\u0068][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0048\\u0068]|[\\u0044\\u0064][\\u0049\\u0069][\\u0047\\u0067][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074]|[\\u0043\\u0063][\\u0048\\u0068][\\u0045\\u0065][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0053\\u0073\\u017f][\\u0055\\u0075][\\u004d\\u006d]|[\\u0046\\u0066][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u0052\\u0072][\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u004e\\u006e][\\u0054\\u0074]|[\\u0054\\u0074][\\u0049\\u0069][\\u0054\\u0074][\\u004c\\u006c][\\u0045\\u0065]|[\\u0044\\u0064][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0043\\u0063][\\u0052\\u0072][\\u0049\\u0069][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]|[\\u0043\\u0063][\\u0041\\u0061][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]|[\\u0054\\u0074][\\u004f\\u006f][\\u004f\\u006f][\\u004c\\u006c][\\u0054\\u0074][\\u0049\\u0069][\\u0050\\u0070]|[\\u0048\\u0068][\\u0045\\u0065][\\u004c\\u006c][\\u0050\\u0070]|[\\u004d\\u006d][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u0047\\u0067][\\u0045\\u0065])[\\u0022\\u0027\\u0060]?\\]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}(?::=|=>|=|:|,)", "", 0, 1], ["(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u004c\\u006c][\\u0041\\u0061][\\u0049\\u0069][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u004c\\u006c][\\u0041\\u0061][\\u0049\\u0069][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{14}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:plaid)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u004c\\u006c][\\u0041\\u0061][\\u0049\\u0069][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]-(?:[\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u004e\\u006e][\\u0044\\u0064][\\u0042\\u0062][\\u004f\\u006f][\\u0058\\u0078]|[\\u0044\\u0064][\\u0045\\u0065][\\u0056\\u0076][\\u0045\\u0065][\\u004c\\u006c][\\u004f\\u006f][\\u0050\\u0070][\\u004d\\u006d][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0044\\u0064][\\u0055\\u0075][\\u0043\\u0063][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e])-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:postmark)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004d\\u006d][\\u0041\\u0061][\\u0052\\u0072][\\u004b\\u006b\\u212a])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:private[_-]?ai)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d\\u005f]?[\\u0041\\u0061][\\u0049\\u0069])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:rapidapi)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9_-]{50})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0052\\u0072][\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u0044\\u0064][\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{2}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"'\\x60]?\\]?(?:\\s{0,3}\\{\\s{0,3}get;\\s{0,3}(?:private\\s{1,3})?set;\\s{0,3}\\})?(?:\\s{0,3}:\\s{0,3}[A-Za-z][\\w.<>?\\[\\]]{0,30})?[ \\t]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[ \\t]{0,5}(?:process\\.env\\.\\w{1,60}[ \\t]{0,3}(?:\\?\\?|\\|\\|)[ \\t]{0,3})?[\"'\\x60]([^\"'\\x60\\s{}<>]{12,200})[\"'\\x60]|[\"'](?:[A-Za-z0-9]{1,20}[._-]){0,4}(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"'][ \\t]{0,3},[ \\t]{0,5}[\"']([^\"'\\x60\\s{}<>]{12,200})[\"']", "(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0022\\u0027\\u0060]?\\]?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\{[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0047\\u0067][\\u0045\\u0065][\\u0054\\u0074];[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}(?:[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,3})?[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074];[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\\})?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a](?:(?:[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,14}|[\\u002e\\u0030-\\u0039\\u003c\\u003e-\\u003f\\u0041-\\u005b\\u005d\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})))?[\\u0009\\u0020]{0,5}(?::=|=>|\\?\\?=|\\|\\|=|=|:)[\\u0009\\u0020]{0,5}(?:[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]\\.[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,11}|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))[\\u0009\\u0020]{0,3}(?:\\?\\?|\\|\\|)[\\u0009\\u0020]{0,3})?[\\u0022\\u0027\\u0060]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{12}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,12}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})))[\\u0022\\u0027\\u0060]|[\\u0022\\u0027](?:(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f])(?:(?:(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u002d-\\u002e\\u005f]))?)?)?)?)(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0022\\u0027][\\u0009\\u0020]{0,3},[\\u0009\\u0020]{0,5}[\\u0022\\u0027]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{12}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,12}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})))[\\u0022\\u0027]", "", 2, 1], ["(?i)(?:sendbird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u004e\\u006e][\\u0044\\u0064][\\u0042\\u0062][\\u0049\\u0069][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:sendbird)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u004e\\u006e][\\u0044\\u0064][\\u0042\\u0062][\\u0049\\u0069][\\u0052\\u0072][\\u0044\\u0064])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:sentry)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:session_?token|security_?token|sessiontoken)[\\w.-]{0,10}[\\s'\"\\x60]{0,3}(?:=|:=|:|=>|,)[\\s'\"\\x60]{0,5}((?:FwoGZXIvYXdz|IQoJb3JpZ2lu|FQoGZXIvYXdz|AgoJb3JpZ2lu)[A-Za-z0-9/+=]{100,1000})", "(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]_?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0055\\u0075][\\u0052\\u0072][\\u0049\\u0069][\\u0054\\u0074][\\u0059\\u0079]_?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|:|=>|,)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,5}((?:[\\u0046\\u0066][\\u0057\\u0077][\\u004f\\u006f][\\u0047\\u0067][\\u005a\\u007a][\\u0058\\u0078][\\u0049\\u0069][\\u0056\\u0076][\\u0059\\u0079][\\u0058\\u0078][\\u0044\\u0064][\\u005a\\u007a]|[\\u0049\\u0069][\\u0051\\u0071][\\u004f\\u006f][\\u004a\\u006a][\\u0042\\u0062]3[\\u004a\\u006a][\\u0050\\u0070][\\u005a\\u007a]2[\\u004c\\u006c][\\u0055\\u0075]|[\\u0046\\u0066][\\u0051\\u0071][\\u004f\\u006f][\\u0047\\u0067][\\u005a\\u007a][\\u0058\\u0078][\\u0049\\u0069][\\u0056\\u0076][\\u0059\\u0079][\\u0058\\u0078][\\u0044\\u0064][\\u005a\\u007a]|[\\u0041\\u0061][\\u0047\\u0067][\\u004f\\u006f][\\u004a\\u006a][\\u0042\\u0062]3[\\u004a\\u006a][\\u0050\\u0070][\\u005a\\u007a]2[\\u004c\\u006c][\\u0055\\u0075])(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})))", "", 1, 1], ["(?i)(?:shopify)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u0048\\u0068][\\u004f\\u006f][\\u0050\\u0070][\\u0049\\u0069][\\u0046\\u0066][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:snyk[_.-]?(?:(?:api|oauth)[_.-]?)?(?:key|token))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u004e\\u006e][\\u0059\\u0079][\\u004b\\u006b\\u212a][\\u002d-\\u002e\\u005f]?(?:(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]|[\\u004f\\u006f][\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068])[\\u002d-\\u002e\\u005f]?)?(?:[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:sonar[_.-]?(?:login|token))[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u004f\\u006f][\\u004e\\u006e][\\u0041\\u0061][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?(?:[\\u004c\\u006c][\\u004f\\u006f][\\u0047\\u0067][\\u0049\\u0069][\\u004e\\u006e]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]))(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:squarespace)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u0055\\u0075][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0050\\u0070][\\u0041\\u0061][\\u0043\\u0063][\\u0045\\u0065])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:telegr|tg_bot|bot_?token)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{5,16}:(?-i:A)[a-z0-9_-]{34})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0045\\u0065][\\u004c\\u006c][\\u0045\\u0065][\\u0047\\u0067][\\u0052\\u0072]|[\\u0054\\u0074][\\u0047\\u0067]_[\\u0042\\u0062][\\u004f\\u006f][\\u0054\\u0074]|[\\u0042\\u0062][\\u004f\\u006f][\\u0054\\u0074]_?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0030-\\u0039]{5,16}:(?:A)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{2}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:travis)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{22})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0052\\u0072][\\u0041\\u0061][\\u0056\\u0076][\\u0049\\u0069][\\u0053\\u0073\\u017f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{6}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twilio)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-f0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u004c\\u006c][\\u0049\\u0069][\\u004f\\u006f])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitch)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{30})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0043\\u0063][\\u0048\\u0068])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{14}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(A{22}[a-zA-Z0-9%]{80,100})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0041\\u0061]{16}[\\u0041\\u0061]{6})(?:[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0025\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([0-9]{15,25}-[a-zA-Z0-9]{20,40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039]{15}[\\u0030-\\u0039]{0,10})-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{4}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{25})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{9}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{45})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{13}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:twitter)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{50})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0054\\u0074][\\u0057\\u0077][\\u0049\\u0069][\\u0054\\u0074][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{2}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:unseal[_ -]?key)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9+/]{43}=)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0055\\u0075][\\u004e\\u006e][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0041\\u0061][\\u004c\\u006c][\\u0020\\u002d\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{11})=)(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:vault[\\w.-]{0,10}token|x-vault-token)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(s\\.[A-Za-z0-9]{24})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0056\\u0076][\\u0041\\u0061][\\u0055\\u0075][\\u004c\\u006c][\\u0054\\u0074][\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0058\\u0078]-[\\u0056\\u0076][\\u0041\\u0061][\\u0055\\u0075][\\u004c\\u006c][\\u0054\\u0074]-[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0053\\u0073\\u017f]\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:x-functions-key|functions?_?key|azure_?function)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([A-Za-z0-9_-]{54}==)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0058\\u0078]-[\\u0046\\u0066][\\u0055\\u0075][\\u004e\\u006e][\\u0043\\u0063][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0053\\u0073\\u017f]-[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0046\\u0066][\\u0055\\u0075][\\u004e\\u006e][\\u0043\\u0063][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0053\\u0073\\u017f]?_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u005a\\u007a][\\u0055\\u0075][\\u0052\\u0072][\\u0045\\u0065]_?[\\u0046\\u0066][\\u0055\\u0075][\\u004e\\u006e][\\u0043\\u0063][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{6})==)(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(AQVN[A-Za-z0-9_-]{35,38})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0059\\u0079][\\u0041\\u0061][\\u004e\\u006e][\\u0044\\u0064][\\u0045\\u0065][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0041\\u0061][\\u0051\\u0071][\\u0056\\u0076][\\u004e\\u006e](?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{3}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,3}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(YC[a-zA-Z0-9_-]{38})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0059\\u0079][\\u0041\\u0061][\\u004e\\u006e][\\u0044\\u0064][\\u0045\\u0065][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0059\\u0079][\\u0043\\u0063](?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{6}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:yandex)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}(t1\\.[A-Z0-9a-z_-]{1,300}[=]{0,2}\\.[A-Z0-9a-z_-]{86}[=]{0,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u0059\\u0079][\\u0041\\u0061][\\u004e\\u006e][\\u0044\\u0064][\\u0045\\u0065][\\u0058\\u0078])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}([\\u0054\\u0074]1\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,11}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u003d]{0,2}\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{6})[\\u003d]{0,2})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)(?:zendesk)[ \\t\\w.-]{0,20}[\\s'\"\\x60]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\s'\"\\x60=]{0,5}([a-z0-9]{40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "(?:[\\u005a\\u007a][\\u0045\\u0065][\\u004e\\u006e][\\u0044\\u0064][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u004b\\u006b\\u212a])(?:(?:[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u0009\\u0020\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u0060]{0,3}(?:=|:=|::=|:|=>|\\?=|,|>|\\|\\|)[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003d\\u0060]{0,5}((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i):(?:password|passwd|pass|pwd|token|secret|api_?key|\\*+|x+)$", ":(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]_?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|\\*+|[\\u0058\\u0078]+)$", "", 0, 1], ["(?i)<(?:add|property|param|setting|entry)\\s{1,5}(?:key|name)\\s{0,3}=\\s{0,3}\"(?:[\\w.:-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.:-]{0,20}|[\\w.:-]{0,40}?(?:[a-z0-9](?-i:Pass)|[_.:-]pass))\"\\s{1,5}value\\s{0,3}=\\s{0,3}\"([^\"\\s]{8,200})\"", "<(?:[\\u0041\\u0061][\\u0044\\u0064][\\u0044\\u0064]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0050\\u0070][\\u0045\\u0065][\\u0052\\u0072][\\u0054\\u0074][\\u0059\\u0079]|[\\u0050\\u0070][\\u0041\\u0061][\\u0052\\u0072][\\u0041\\u0061][\\u004d\\u006d]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074][\\u0054\\u0074][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067]|[\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0059\\u0079])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,5}(?:[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004e\\u006e][\\u0041\\u0061][\\u004d\\u006d][\\u0045\\u0065])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\"(?:(?:(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))|(?:(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a](?:Pass)|[\\u002d-\\u002e\\u003a\\u005f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]))\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,5}[\\u0056\\u0076][\\u0041\\u0061][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}\"((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022]{0,15})))\"", "", 1, 1], ["(?i)<[\\w.:-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.:-]{0,20}>[ \\t]{0,5}([^<>\\s]{8,200})[ \\t]{0,5}</", "<(?:(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u003a\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))>[\\u0009\\u0020]{0,5}((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003c\\u003e]{0,15})))[\\u0009\\u0020]{0,5}<\\/", "", 1, 1], ["(?i)<add\\s+key\\s*=\\s*\"(?:ClearText)?Password\"\\s+value\\s*=\\s*\"([^\"]{8,200})\"\\s*/>", "<[\\u0041\\u0061][\\u0044\\u0064][\\u0044\\u0064][\\u0009-\\u000a\\u000c-\\u000d\\u0020]+[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0009-\\u000a\\u000c-\\u000d\\u0020]*=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]*\"(?:[\\u0043\\u0063][\\u004c\\u006c][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072][\\u0054\\u0074][\\u0045\\u0065][\\u0058\\u0078][\\u0054\\u0074])?[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]+[\\u0056\\u0076][\\u0041\\u0061][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065][\\u0009-\\u000a\\u000c-\\u000d\\u0020]*=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]*\"((?:[^\\u0022]{8}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}(?:[^\\u0022]{16}[^\\u0022]{0,16}|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})|[^\\u0022]{0,15})))\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]*\\/>", "", 1, 1], ["(?i)EXAMPLE$", "[\\u0045\\u0065][\\u0058\\u0078][\\u0041\\u0061][\\u004d\\u006d][\\u0050\\u0070][\\u004c\\u006c][\\u0045\\u0065]$", "", 0, 1], ["(?i)[\"']secret_key[\"']\\s*=>\\s*[\"'](sk_[^\\s'\"]{29})[\"']", "[\\u0022\\u0027][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]_[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0022\\u0027][\\u0009-\\u000a\\u000c-\\u000d\\u0020]*=>[\\u0009-\\u000a\\u000c-\\u000d\\u0020]*[\\u0022\\u0027]([\\u0053\\u0073\\u017f][\\u004b\\u006b\\u212a]_(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{13}))[\\u0022\\u0027]", "", 1, 1], ["(?i)[=:]\\s{0,3}[\"']?(?:self|this|cls|config|settings|options|opts|props|env|process\\.env)\\.", "[\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u004c\\u006c][\\u0046\\u0066]|[\\u0054\\u0074][\\u0048\\u0068][\\u0049\\u0069][\\u0053\\u0073\\u017f]|[\\u0043\\u0063][\\u004c\\u006c][\\u0053\\u0073\\u017f]|[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0046\\u0066][\\u0049\\u0069][\\u0047\\u0067]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074][\\u0054\\u0074][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u0053\\u0073\\u017f]|[\\u004f\\u006f][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0053\\u0073\\u017f]|[\\u004f\\u006f][\\u0050\\u0070][\\u0054\\u0074][\\u0053\\u0073\\u017f]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0050\\u0070][\\u0053\\u0073\\u017f]|[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]\\.[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076])\\.", "", 0, 1], ["(?i)\\.(?:eot|otf|ttf|woff2?)$", "\\.(?:[\\u0045\\u0065][\\u004f\\u006f][\\u0054\\u0074]|[\\u004f\\u006f][\\u0054\\u0074][\\u0046\\u0066]|[\\u0054\\u0074][\\u0054\\u0074][\\u0046\\u0066]|[\\u0057\\u0077][\\u004f\\u006f][\\u0046\\u0066][\\u0046\\u0066]2?)$", "", 0, 1], ["(?i)\\.(?:exe|dll|so|dylib|a|lib|o|obj|pdb|class|pyc|pyo|wasm|jar|war|ear|whl|gem|nupkg)$", "\\.(?:[\\u0045\\u0065][\\u0058\\u0078][\\u0045\\u0065]|[\\u0044\\u0064][\\u004c\\u006c][\\u004c\\u006c]|[\\u0053\\u0073\\u017f][\\u004f\\u006f]|[\\u0044\\u0064][\\u0059\\u0079][\\u004c\\u006c][\\u0049\\u0069][\\u0042\\u0062]|[\\u0041\\u0061]|[\\u004c\\u006c][\\u0049\\u0069][\\u0042\\u0062]|[\\u004f\\u006f]|[\\u004f\\u006f][\\u0042\\u0062][\\u004a\\u006a]|[\\u0050\\u0070][\\u0044\\u0064][\\u0042\\u0062]|[\\u0043\\u0063][\\u004c\\u006c][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0050\\u0070][\\u0059\\u0079][\\u0043\\u0063]|[\\u0050\\u0070][\\u0059\\u0079][\\u004f\\u006f]|[\\u0057\\u0077][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u004d\\u006d]|[\\u004a\\u006a][\\u0041\\u0061][\\u0052\\u0072]|[\\u0057\\u0077][\\u0041\\u0061][\\u0052\\u0072]|[\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072]|[\\u0057\\u0077][\\u0048\\u0068][\\u004c\\u006c]|[\\u0047\\u0067][\\u0045\\u0065][\\u004d\\u006d]|[\\u004e\\u006e][\\u0055\\u0075][\\u0050\\u0070][\\u004b\\u006b\\u212a][\\u0047\\u0067])$", "", 0, 1], ["(?i)\\.(?:mp[34]|m4a|wav|ogg|flac|mov|avi|mkv|webm)$", "\\.(?:[\\u004d\\u006d][\\u0050\\u0070][\\u0033-\\u0034]|[\\u004d\\u006d]4[\\u0041\\u0061]|[\\u0057\\u0077][\\u0041\\u0061][\\u0056\\u0076]|[\\u004f\\u006f][\\u0047\\u0067][\\u0047\\u0067]|[\\u0046\\u0066][\\u004c\\u006c][\\u0041\\u0061][\\u0043\\u0063]|[\\u004d\\u006d][\\u004f\\u006f][\\u0056\\u0076]|[\\u0041\\u0061][\\u0056\\u0076][\\u0049\\u0069]|[\\u004d\\u006d][\\u004b\\u006b\\u212a][\\u0056\\u0076]|[\\u0057\\u0077][\\u0045\\u0065][\\u0042\\u0062][\\u004d\\u006d])$", "", 0, 1], ["(?i)\\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp)$", "\\.(?:[\\u0050\\u0070][\\u0044\\u0064][\\u0046\\u0066]|[\\u0044\\u0064][\\u004f\\u006f][\\u0043\\u0063][\\u0058\\u0078]?|[\\u0058\\u0078][\\u004c\\u006c][\\u0053\\u0073\\u017f][\\u0058\\u0078]?|[\\u0050\\u0070][\\u0050\\u0070][\\u0054\\u0074][\\u0058\\u0078]?|[\\u004f\\u006f][\\u0044\\u0064][\\u0054\\u0074]|[\\u004f\\u006f][\\u0044\\u0064][\\u0053\\u0073\\u017f]|[\\u004f\\u006f][\\u0044\\u0064][\\u0050\\u0070])$", "", 0, 1], ["(?i)\\.(?:pem|key|crt|cer|der|json|ya?ml|txt|p12|pfx|jks|env|conf|cfg|ini|properties|xml|toml|sh|py|js|ts)$", "\\.(?:[\\u0050\\u0070][\\u0045\\u0065][\\u004d\\u006d]|[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0043\\u0063][\\u0052\\u0072][\\u0054\\u0074]|[\\u0043\\u0063][\\u0045\\u0065][\\u0052\\u0072]|[\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]|[\\u004a\\u006a][\\u0053\\u0073\\u017f][\\u004f\\u006f][\\u004e\\u006e]|[\\u0059\\u0079][\\u0041\\u0061]?[\\u004d\\u006d][\\u004c\\u006c]|[\\u0054\\u0074][\\u0058\\u0078][\\u0054\\u0074]|[\\u0050\\u0070]12|[\\u0050\\u0070][\\u0046\\u0066][\\u0058\\u0078]|[\\u004a\\u006a][\\u004b\\u006b\\u212a][\\u0053\\u0073\\u017f]|[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0046\\u0066]|[\\u0043\\u0063][\\u0046\\u0066][\\u0047\\u0067]|[\\u0049\\u0069][\\u004e\\u006e][\\u0049\\u0069]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0050\\u0070][\\u0045\\u0065][\\u0052\\u0072][\\u0054\\u0074][\\u0049\\u0069][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u0058\\u0078][\\u004d\\u006d][\\u004c\\u006c]|[\\u0054\\u0074][\\u004f\\u006f][\\u004d\\u006d][\\u004c\\u006c]|[\\u0053\\u0073\\u017f][\\u0048\\u0068]|[\\u0050\\u0070][\\u0059\\u0079]|[\\u004a\\u006a][\\u0053\\u0073\\u017f]|[\\u0054\\u0074][\\u0053\\u0073\\u017f])$", "", 0, 1], ["(?i)\\.(?:png|jpe?g|gif|bmp|ico|icns|tiff?|webp|avif|heic|psd|svgz)$", "\\.(?:[\\u0050\\u0070][\\u004e\\u006e][\\u0047\\u0067]|[\\u004a\\u006a][\\u0050\\u0070][\\u0045\\u0065]?[\\u0047\\u0067]|[\\u0047\\u0067][\\u0049\\u0069][\\u0046\\u0066]|[\\u0042\\u0062][\\u004d\\u006d][\\u0050\\u0070]|[\\u0049\\u0069][\\u0043\\u0063][\\u004f\\u006f]|[\\u0049\\u0069][\\u0043\\u0063][\\u004e\\u006e][\\u0053\\u0073\\u017f]|[\\u0054\\u0074][\\u0049\\u0069][\\u0046\\u0066][\\u0046\\u0066]?|[\\u0057\\u0077][\\u0045\\u0065][\\u0042\\u0062][\\u0050\\u0070]|[\\u0041\\u0061][\\u0056\\u0076][\\u0049\\u0069][\\u0046\\u0066]|[\\u0048\\u0068][\\u0045\\u0065][\\u0049\\u0069][\\u0043\\u0063]|[\\u0050\\u0070][\\u0053\\u0073\\u017f][\\u0044\\u0064]|[\\u0053\\u0073\\u017f][\\u0056\\u0076][\\u0047\\u0067][\\u005a\\u007a])$", "", 0, 1], ["(?i)\\.(?:tf|tfvars|hcl)$", "\\.(?:[\\u0054\\u0074][\\u0046\\u0066]|[\\u0054\\u0074][\\u0046\\u0066][\\u0056\\u0076][\\u0041\\u0061][\\u0052\\u0072][\\u0053\\u0073\\u017f]|[\\u0048\\u0068][\\u0043\\u0063][\\u004c\\u006c])$", "", 0, 1], ["(?i)\\.(?:zip|gz|tgz|bz2|xz|zst|7z|rar|tar)$", "\\.(?:[\\u005a\\u007a][\\u0049\\u0069][\\u0050\\u0070]|[\\u0047\\u0067][\\u005a\\u007a]|[\\u0054\\u0074][\\u0047\\u0067][\\u005a\\u007a]|[\\u0042\\u0062][\\u005a\\u007a]2|[\\u0058\\u0078][\\u005a\\u007a]|[\\u005a\\u007a][\\u0053\\u0073\\u017f][\\u0054\\u0074]|7[\\u005a\\u007a]|[\\u0052\\u0072][\\u0041\\u0061][\\u0052\\u0072]|[\\u0054\\u0074][\\u0041\\u0061][\\u0052\\u0072])$", "", 0, 1], ["(?i)\\.apps\\.googleusercontent\\.com$", "\\.[\\u0041\\u0061][\\u0050\\u0070][\\u0050\\u0070][\\u0053\\u0073\\u017f]\\.[\\u0047\\u0067][\\u004f\\u006f][\\u004f\\u006f][\\u0047\\u0067][\\u004c\\u006c][\\u0045\\u0065][\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0052\\u0072][\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074]\\.[\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d]$", "", 0, 1], ["(?i)\\b(?:(?:https?|ftps?|sftp|ssh|git|svn|smtps?|imaps?|pop3s?|nats|kafka|clickhouse|neo4j(?:\\+s)?|cockroachdb|couchdb|elasticsearch|influxdb|rtsp|socks5h?|wss?))://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:(?:[\\u0048\\u0068][\\u0054\\u0074][\\u0054\\u0074][\\u0050\\u0070][\\u0053\\u0073\\u017f]?|[\\u0046\\u0066][\\u0054\\u0074][\\u0050\\u0070][\\u0053\\u0073\\u017f]?|[\\u0053\\u0073\\u017f][\\u0046\\u0066][\\u0054\\u0074][\\u0050\\u0070]|[\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0048\\u0068]|[\\u0047\\u0067][\\u0049\\u0069][\\u0054\\u0074]|[\\u0053\\u0073\\u017f][\\u0056\\u0076][\\u004e\\u006e]|[\\u0053\\u0073\\u017f][\\u004d\\u006d][\\u0054\\u0074][\\u0050\\u0070][\\u0053\\u0073\\u017f]?|[\\u0049\\u0069][\\u004d\\u006d][\\u0041\\u0061][\\u0050\\u0070][\\u0053\\u0073\\u017f]?|[\\u0050\\u0070][\\u004f\\u006f][\\u0050\\u0070]3[\\u0053\\u0073\\u017f]?|[\\u004e\\u006e][\\u0041\\u0061][\\u0054\\u0074][\\u0053\\u0073\\u017f]|[\\u004b\\u006b\\u212a][\\u0041\\u0061][\\u0046\\u0066][\\u004b\\u006b\\u212a][\\u0041\\u0061]|[\\u0043\\u0063][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0048\\u0068][\\u004f\\u006f][\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u004e\\u006e][\\u0045\\u0065][\\u004f\\u006f]4[\\u004a\\u006a](?:\\+[\\u0053\\u0073\\u017f])?|[\\u0043\\u0063][\\u004f\\u006f][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0052\\u0072][\\u004f\\u006f][\\u0041\\u0061][\\u0043\\u0063][\\u0048\\u0068][\\u0044\\u0064][\\u0042\\u0062]|[\\u0043\\u0063][\\u004f\\u006f][\\u0055\\u0075][\\u0043\\u0063][\\u0048\\u0068][\\u0044\\u0064][\\u0042\\u0062]|[\\u0045\\u0065][\\u004c\\u006c][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0049\\u0069][\\u0043\\u0063][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072][\\u0043\\u0063][\\u0048\\u0068]|[\\u0049\\u0069][\\u004e\\u006e][\\u0046\\u0066][\\u004c\\u006c][\\u0055\\u0075][\\u0058\\u0078][\\u0044\\u0064][\\u0042\\u0062]|[\\u0052\\u0072][\\u0054\\u0074][\\u0053\\u0073\\u017f][\\u0050\\u0070]|[\\u0053\\u0073\\u017f][\\u004f\\u006f][\\u0043\\u0063][\\u004b\\u006b\\u212a][\\u0053\\u0073\\u017f]5[\\u0048\\u0068]?|[\\u0057\\u0077][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]?)):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:administrator_login_password|admin_password|master_password|password)\\s{0,5}=\\s{0,5}\"([^\"$\\s{}]{8,64})\"", "\\b(?:[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0052\\u0072][\\u0041\\u0061][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072]_[\\u004c\\u006c][\\u004f\\u006f][\\u0047\\u0067][\\u0049\\u0069][\\u004e\\u006e]_[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e]_[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072]_[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}\"((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{0,8}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u007b\\u007d]{0,15})))\"", "", 1, 1], ["(?i)\\b(?:amqps?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u0041\\u0061][\\u004d\\u006d][\\u0051\\u0071][\\u0050\\u0070][\\u0053\\u0073\\u017f]?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:key[-_.]?store|trust[-_.]?store|store)[-_.]?pass(?:word)?[\\w.-]{0,10}\\s{0,3}[=:]\\s{0,3}[\"']?([^\\s'\"$\\{\\}()]{8,100})(?:[\"']|\\s|$)", "\\b(?:[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u002d-\\u002e\\u005f]?[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065]|[\\u0054\\u0074][\\u0052\\u0072][\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u002d-\\u002e\\u005f]?[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u004f\\u006f][\\u0052\\u0072][\\u0045\\u0065])[\\u002d-\\u002e\\u005f]?[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f](?:[\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])?[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,12}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027-\\u0029\\u007b\\u007d]{0,15})))(?:[\\u0022\\u0027]|[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|$)", "", 1, 1], ["(?i)\\b(?:ldaps?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u004c\\u006c][\\u0044\\u0064][\\u0041\\u0061][\\u0050\\u0070][\\u0053\\u0073\\u017f]?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:mongodb(?:\\+srv)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u004d\\u006d][\\u004f\\u006f][\\u004e\\u006e][\\u0047\\u0067][\\u004f\\u006f][\\u0044\\u0064][\\u0042\\u0062](?:\\+[\\u0053\\u0073\\u017f][\\u0052\\u0072][\\u0056\\u0076])?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:mysql(?:x|2)?(?:\\+\\w+)?|mariadb)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u004d\\u006d][\\u0059\\u0079][\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u004c\\u006c](?:[\\u0058\\u0078]|2)?(?:\\+[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+)?|[\\u004d\\u006d][\\u0041\\u0061][\\u0052\\u0072][\\u0049\\u0069][\\u0041\\u0061][\\u0044\\u0064][\\u0042\\u0062]):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:postgres(?:ql)?(?:\\+\\w+)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u0050\\u0070][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0047\\u0067][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f](?:[\\u0051\\u0071][\\u004c\\u006c])?(?:\\+[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+)?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:public|publishable|pub)[_.-]?(?:api[_.-]?)?(?:key|token)\\b", "\\b(?:[\\u0050\\u0070][\\u0055\\u0075][\\u0042\\u0062][\\u004c\\u006c][\\u0049\\u0069][\\u0043\\u0063]|[\\u0050\\u0070][\\u0055\\u0075][\\u0042\\u0062][\\u004c\\u006c][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0048\\u0068][\\u0041\\u0061][\\u0042\\u0062][\\u004c\\u006c][\\u0045\\u0065]|[\\u0050\\u0070][\\u0055\\u0075][\\u0042\\u0062])[\\u002d-\\u002e\\u005f]?(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?)?(?:[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e])\\b", "", 0, 1], ["(?i)\\b(?:rediss?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(?:server|data source|host|driver|dsn|uid|user id|username|database|initial catalog|provider|addr|address)\\s{0,3}=[^;'\"\\r\\n]{1,200};(?:[^;'\"\\r\\n]*;){0,12}?\\s{0,3}(?:password|pwd)\\s{0,3}=\\s{0,3}([^;'\"\\s\\{\\}$%]{4,200})", "\\b(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0052\\u0072][\\u0056\\u0076][\\u0045\\u0065][\\u0052\\u0072]|[\\u0044\\u0064][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061] [\\u0053\\u0073\\u017f][\\u004f\\u006f][\\u0055\\u0075][\\u0052\\u0072][\\u0043\\u0063][\\u0045\\u0065]|[\\u0048\\u0068][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074]|[\\u0044\\u0064][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0045\\u0065][\\u0052\\u0072]|[\\u0044\\u0064][\\u0053\\u0073\\u017f][\\u004e\\u006e]|[\\u0055\\u0075][\\u0049\\u0069][\\u0044\\u0064]|[\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0052\\u0072] [\\u0049\\u0069][\\u0044\\u0064]|[\\u0055\\u0075][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0052\\u0072][\\u004e\\u006e][\\u0041\\u0061][\\u004d\\u006d][\\u0045\\u0065]|[\\u0044\\u0064][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061][\\u0042\\u0062][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0049\\u0069][\\u004e\\u006e][\\u0049\\u0069][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c] [\\u0043\\u0063][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061][\\u004c\\u006c][\\u004f\\u006f][\\u0047\\u0067]|[\\u0050\\u0070][\\u0052\\u0072][\\u004f\\u006f][\\u0056\\u0076][\\u0049\\u0069][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]|[\\u0041\\u0061][\\u0044\\u0064][\\u0044\\u0064][\\u0052\\u0072]|[\\u0041\\u0061][\\u0044\\u0064][\\u0044\\u0064][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{1}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]{16}[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,7}|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15})|[^\\u000a\\u000d\\u0022\\u0027\\u003b]{0,15}));(?:(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;)(?:(?:[^\\u000a\\u000d\\u0022\\u0027\\u003b]*;))??)??)??)??)??)??)??)??)??)??)??)??)[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{4}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,4}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024-\\u0025\\u0027\\u003b\\u007b\\u007d]{0,15})))", "", 1, 1], ["(?i)\\b(?:sqlserver|mssql(?:\\+\\w+)?)://([^\\s:/@'\"\\x60<>{}$]{1,100}):([^\\s/@'\"\\x60<>{}$]{3,200})@[^\\s'\"\\x60<>]{1,300}", "\\b(?:[\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u004c\\u006c][\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0052\\u0072][\\u0056\\u0076][\\u0045\\u0065][\\u0052\\u0072]|[\\u004d\\u006d][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u004c\\u006c](?:\\+[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+)?):\\/\\/((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003a\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15}))):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 2, 1], ["(?i)\\b(CLOJARS_[a-z0-9]{60})(?:[^\\w-]|$)", "\\b([\\u0043\\u0063][\\u004c\\u006c][\\u004f\\u006f][\\u004a\\u006a][\\u0041\\u0061][\\u0052\\u0072][\\u0053\\u0073\\u017f]_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{12}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]|$)", "", 1, 1], ["(?i)\\b([0-9]{15,16}(?:\\||%7c)[0-9a-z_-]{27,40})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b([\\u0030-\\u0039]{15,16}(?:\\||%7[\\u0043\\u0063])(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{11}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,13}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u004e\\u0052\\u0054\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["(?i)\\b(xoxe-\\d-[A-Z0-9]{146})(?:[^\\w-]|$)", "\\b([\\u0058\\u0078][\\u004f\\u006f][\\u0058\\u0078][\\u0045\\u0065]-[\\u0030-\\u0039]-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]|$)", "", 1, 1], ["(?i)\\b(xoxe\\.xox[bp]-\\d-[A-Z0-9]{163,166})(?:[^\\w-]|$)", "\\b([\\u0058\\u0078][\\u004f\\u006f][\\u0058\\u0078][\\u0045\\u0065]\\.[\\u0058\\u0078][\\u004f\\u006f][\\u0058\\u0078][\\u0042\\u0050\\u0062\\u0070]-[\\u0030-\\u0039]-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{3}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]|$)", "", 1, 1], ["(?i)\\bAccountKey\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{86}==)", "\\b[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u004f\\u006f][\\u0055\\u0075][\\u004e\\u006e][\\u0054\\u0074][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{6})==)", "", 1, 1], ["(?i)\\bAuthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?Basic\\s{1,3}([A-Za-z0-9+/]{12,500}={0,2})(?:[^A-Za-z0-9+/=._-]|$)", "\\b[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u0052\\u0072][\\u0049\\u0069][\\u005a\\u007a][\\u0041\\u0061][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0022\\u0027]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u002c\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?[\\u0042\\u0062][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0043\\u0063][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,3}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{12}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,8}|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))={0,2})(?:[^\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]|$)", "", 1, 1], ["(?i)\\bAuthorization[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?Bearer\\s{1,3}([A-Za-z0-9_~+/.=-]{20,})(?:[^A-Za-z0-9_~+/.=-]|$)", "\\b[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u0052\\u0072][\\u0049\\u0069][\\u005a\\u007a][\\u0041\\u0061][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0022\\u0027]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u002c\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?[\\u0042\\u0062][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0052\\u0072][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,3}((?:[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e\\u017f\\u212a]{16}[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e\\u017f\\u212a]{4}[\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e\\u017f\\u212a]*))(?:[^\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e\\u017f\\u212a]|$)", "", 1, 1], ["(?i)\\bOcp-Apim-Subscription-Key[\"']?\\s{0,3}[:=,]\\s{0,3}[\"']?([a-f0-9]{32})\\b", "\\b[\\u004f\\u006f][\\u0043\\u0063][\\u0050\\u0070]-[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004d\\u006d]-[\\u0053\\u0073\\u017f][\\u0055\\u0075][\\u0042\\u0062][\\u0053\\u0073\\u017f][\\u0043\\u0063][\\u0052\\u0072][\\u0049\\u0069][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]-[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0022\\u0027]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u002c\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?((?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))\\b", "", 1, 1], ["(?i)\\bSharedAccessKey\\s{0,3}=\\s{0,3}([A-Za-z0-9+/]{42,44}=)", "\\b[\\u0053\\u0073\\u017f][\\u0048\\u0068][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}=[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{10}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,2})=)", "", 1, 1], ["(?i)\\bauthor\\w{0,10}[\"'\\x60]?\\]?\\s{0,5}(?::=|=>|=|:|,)", "\\b[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u0052\\u0072][\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,10}[\\u0022\\u0027\\u0060]?\\]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}(?::=|=>|=|:|,)", "", 0, 1], ["(?i)\\bcurl\\b[^\\r\\n]{0,400}?\\s(?:-H|--header)(?:=|\\s{1,5})[\"'](?:Authorization:\\s{0,5}(?:Bearer|Basic|Token|Api-Key)\\s{1,5}|(?:X-)?(?:[a-z]{1,20}-)?(?:Api-?Key|Auth-?Token|Token):\\s{0,5})([A-Za-z0-9_=~+/.-]{12,})[\"']", "\\b[\\u0043\\u0063][\\u0055\\u0075][\\u0052\\u0072][\\u004c\\u006c]\\b(?:(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}[^\\u000a\\u000d]{0,16}?)))))))))))))))))))))))))[\\u0009-\\u000a\\u000c-\\u000d\\u0020](?:-[\\u0048\\u0068]|--[\\u0048\\u0068][\\u0045\\u0065][\\u0041\\u0061][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072])(?:=|[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,5})[\\u0022\\u0027](?:[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068][\\u004f\\u006f][\\u0052\\u0072][\\u0049\\u0069][\\u005a\\u007a][\\u0041\\u0061][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e]:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}(?:[\\u0042\\u0062][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0052\\u0072]|[\\u0042\\u0062][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0043\\u0063]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]-[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,5}|(?:[\\u0058\\u0078]-)?(?:(?:[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{1}(?:[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,3}|[\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))-)?(?:[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069]-?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]-?[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]):[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5})([\\u002b\\u002d-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u007e\\u017f\\u212a]{12,})[\\u0022\\u0027]", "", 1, 1], ["(?i)\\bhttps?://([a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\\.contribsys\\.com(?:[/#?:]|$)", "\\b[\\u0048\\u0068][\\u0054\\u0074][\\u0054\\u0074][\\u0050\\u0070][\\u0053\\u0073\\u017f]?:\\/\\/([\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})@(?:[\\u0047\\u0067][\\u0045\\u0065][\\u004d\\u006d][\\u0053\\u0073\\u017f]|[\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0045\\u0065])\\.[\\u0043\\u0063][\\u004f\\u006f][\\u004e\\u006e][\\u0054\\u0074][\\u0052\\u0072][\\u0049\\u0069][\\u0042\\u0062][\\u0053\\u0073\\u017f][\\u0059\\u0079][\\u0053\\u0073\\u017f]\\.[\\u0043\\u0063][\\u004f\\u006f][\\u004d\\u006d](?:[\\u0023\\u002f\\u003a\\u003f]|$)", "", 1, 1], ["(?i)\\bjdbc:[a-z0-9:+-]{2,40}:[^\\s'\"\\x60<>]{0,300}?[;?&:]password=([^\\s;&'\"\\x60<>$\\{]{4,200})", "\\b[\\u004a\\u006a][\\u0044\\u0064][\\u0042\\u0062][\\u0043\\u0063]:(?:[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{2}(?:[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,6}|[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002b\\u002d\\u0030-\\u003a\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})):(?:(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,12}?)))))))))))))))))))[\\u0026\\u003a-\\u003b\\u003f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]=((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{4}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,4}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0026-\\u0027\\u003b-\\u003c\\u003e\\u0060\\u007b]{0,15})))", "", 1, 1], ["(?i)\\bmachine[ \\t]{1,10}\\S{1,200}\\s{1,20}login[ \\t]{1,10}\\S{1,200}\\s{1,20}password[ \\t]{1,10}([^\\s$%{<][^\\s]{5,199})", "\\b[\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u0048\\u0068][\\u0049\\u0069][\\u004e\\u006e][\\u0045\\u0065][\\u0009\\u0020]{1,10}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,7}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1}(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}|[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15}))[\\u004c\\u006c][\\u004f\\u006f][\\u0047\\u0067][\\u0049\\u0069][\\u004e\\u006e][\\u0009\\u0020]{1,10}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,7}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1}(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}|[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15}))[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064][\\u0009\\u0020]{1,10}([^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0024-\\u0025\\u003c\\u007b](?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{5}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,2}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})))", "", 1, 1], ["(?i)\\brediss?://:([^\\s/@'\"\\x60<>{}$]{6,200})@[^\\s'\"\\x60<>]{1,300}", "\\b[\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]?:\\/\\/:((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{6}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,2}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u002f\\u003c\\u003e\\u0040\\u0060\\u007b\\u007d]{0,15})))@(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,11}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e\\u0060]{0,15}))", "", 1, 1], ["(?i)\\bsv=20\\d\\d-\\d\\d-\\d\\d&[^\\s'\"<>]{0,300}?\\bsig=([A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2})", "\\b[\\u0053\\u0073\\u017f][\\u0056\\u0076]=20[\\u0030-\\u0039][\\u0030-\\u0039]-[\\u0030-\\u0039][\\u0030-\\u0039]-[\\u0030-\\u0039][\\u0030-\\u0039]&(?:(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,15}?|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027\\u003c\\u003e]{0,12}?)))))))))))))))))))\\b[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067]=((?:[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{8}(?:[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16}[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,12}|[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u0025\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{0,15}))(?:(?:(?:%3[\\u0044\\u0064]|=)(?:(?:%3[\\u0044\\u0064]|=))?)?))", "", 1, 1], ["(?i)^(?:changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|hunter2)$", "^(?:[\\u0043\\u0063][\\u0048\\u0068][\\u0041\\u0061][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u0049\\u0069][\\u0054\\u0074]|[\\u0050\\u0070][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0047\\u0067][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u0047\\u0067][\\u0055\\u0075][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074]|[\\u0052\\u0072][\\u004f\\u006f][\\u004f\\u006f][\\u0054\\u0074]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e]|[\\u004d\\u006d][\\u0059\\u0079][\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u004c\\u006c]|[\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f]|[\\u0052\\u0072][\\u0041\\u0061][\\u0042\\u0062][\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u004d\\u006d][\\u0051\\u0071]|[\\u0048\\u0068][\\u0055\\u0075][\\u004e\\u006e][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072]2)$", "", 0, 1], ["(?i)^(?:sha(?:1|224|256|384|512)|md5|blake2b?):[0-9a-f]{32,128}$", "^(?:[\\u0053\\u0073\\u017f][\\u0048\\u0068][\\u0041\\u0061](?:1|224|256|384|512)|[\\u004d\\u006d][\\u0044\\u0064]5|[\\u0042\\u0062][\\u004c\\u006c][\\u0041\\u0061][\\u004b\\u006b\\u212a][\\u0045\\u0065]2[\\u0042\\u0062]?):(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,16}|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15}))$", "", 0, 1], ["(?i)^(?:test\\d{0,6}|password\\d{0,6}|changeme|changeit)$", "^(?:[\\u0054\\u0074][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0030-\\u0039]{0,6}|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064][\\u0030-\\u0039]{0,6}|[\\u0043\\u0063][\\u0048\\u0068][\\u0041\\u0061][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u004d\\u006d][\\u0045\\u0065]|[\\u0043\\u0063][\\u0048\\u0068][\\u0041\\u0061][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u0049\\u0069][\\u0054\\u0074])$", "", 0, 1], ["(?i)^(?:true|false|null|nil|none|yes|no|on|off|undefined|required|optional|string|bearer|basic)$", "^(?:[\\u0054\\u0074][\\u0052\\u0072][\\u0055\\u0075][\\u0045\\u0065]|[\\u0046\\u0066][\\u0041\\u0061][\\u004c\\u006c][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u004e\\u006e][\\u0055\\u0075][\\u004c\\u006c][\\u004c\\u006c]|[\\u004e\\u006e][\\u0049\\u0069][\\u004c\\u006c]|[\\u004e\\u006e][\\u004f\\u006f][\\u004e\\u006e][\\u0045\\u0065]|[\\u0059\\u0079][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u004e\\u006e][\\u004f\\u006f]|[\\u004f\\u006f][\\u004e\\u006e]|[\\u004f\\u006f][\\u0046\\u0066][\\u0046\\u0066]|[\\u0055\\u0075][\\u004e\\u006e][\\u0044\\u0064][\\u0045\\u0065][\\u0046\\u0066][\\u0049\\u0069][\\u004e\\u006e][\\u0045\\u0065][\\u0044\\u0064]|[\\u0052\\u0072][\\u0045\\u0065][\\u0051\\u0071][\\u0055\\u0075][\\u0049\\u0069][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064]|[\\u004f\\u006f][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u0041\\u0061][\\u004c\\u006c]|[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0052\\u0072][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067]|[\\u0042\\u0062][\\u0045\\u0065][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0052\\u0072]|[\\u0042\\u0062][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0043\\u0063])$", "", 0, 1], ["(?i)example|sample|dummy|placeholder", "[\\u0045\\u0065][\\u0058\\u0078][\\u0041\\u0061][\\u004d\\u006d][\\u0050\\u0070][\\u004c\\u006c][\\u0045\\u0065]|[\\u0053\\u0073\\u017f][\\u0041\\u0061][\\u004d\\u006d][\\u0050\\u0070][\\u004c\\u006c][\\u0045\\u0065]|[\\u0044\\u0064][\\u0055\\u0075][\\u004d\\u006d][\\u004d\\u006d][\\u0059\\u0079]|[\\u0050\\u0070][\\u004c\\u006c][\\u0041\\u0061][\\u0043\\u0063][\\u0045\\u0065][\\u0048\\u0068][\\u004f\\u006f][\\u004c\\u006c][\\u0044\\u0064][\\u0045\\u0065][\\u0052\\u0072]", "", 0, 1], ["(?i)fake[_-]|dummy|fixture|not[_-]?a[_-]?real", "[\\u0046\\u0066][\\u0041\\u0061][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u002d\\u005f]|[\\u0044\\u0064][\\u0055\\u0075][\\u004d\\u006d][\\u004d\\u006d][\\u0059\\u0079]|[\\u0046\\u0066][\\u0049\\u0069][\\u0058\\u0078][\\u0054\\u0074][\\u0055\\u0075][\\u0052\\u0072][\\u0045\\u0065]|[\\u004e\\u006e][\\u004f\\u006f][\\u0054\\u0074][\\u002d\\u005f]?[\\u0041\\u0061][\\u002d\\u005f]?[\\u0052\\u0072][\\u0045\\u0065][\\u0041\\u0061][\\u004c\\u006c]", "", 0, 1], ["(?i)pass(?:word)?[\\w.-]{0,10}\\s{0,3}[=:]\\s{0,3}[\"']?[\\w.]{0,40}pass", "[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f](?:[\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064])?[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,10}[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u003a\\u003d][\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,3}[\\u0022\\u0027]?(?:(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]", "", 0, 1], ["(?im)-[ \\t]{1,5}name:[ \\t]{0,3}[\"']?[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|[_.-]pass|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[\"']?[ \\t]{0,5}\\r?\\n[ \\t]{1,40}value:[ \\t]{0,3}(?:[\"']([^\"'\\s]{8,200})[\"']|([^\\s'\"\\x60$\\{\\}<>#]{8,200}))[ \\t]{0,5}\\r?$", "-[\\u0009\\u0020]{1,5}[\\u004e\\u006e][\\u0041\\u0061][\\u004d\\u006d][\\u0045\\u0065]:[\\u0009\\u0020]{0,3}[\\u0022\\u0027]?(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u002d-\\u002e\\u005f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0022\\u0027]?[\\u0009\\u0020]{0,5}\\u000d?\\u000a(?:[\\u0009\\u0020]{1}(?:[\\u0009\\u0020]{16}(?:[\\u0009\\u0020]{16}[\\u0009\\u0020]{0,7}|[\\u0009\\u0020]{0,15})|[\\u0009\\u0020]{0,15}))[\\u0056\\u0076][\\u0041\\u0061][\\u004c\\u006c][\\u0055\\u0075][\\u0045\\u0065]:[\\u0009\\u0020]{0,3}(?:[\\u0022\\u0027]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})))[\\u0022\\u0027]|((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15}))))[\\u0009\\u0020]{0,5}\\u000d?$", "m", 2, 0], ["(?im)^[ \\t]*(?:-[ \\t]{1,5})?(?:export[ \\t]{1,5}|set[ \\t]{1,5}|readonly[ \\t]{1,5}|env[ \\t]{1,5}|arg[ \\t]{1,5}|declare[ \\t]{1,5}(?:-x[ \\t]{1,5})?)?[\\w.-]{0,40}?(?:(?:passw(?:or)?d|passwd|pwd|pass_?phrase)[\\w.-]{0,20}|[_.-]pass)[ \\t]{0,5}(?::=|=|:)[ \\t]{0,5}([^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]=][^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]]{7,199})[ \\t]{0,5}(?:[ \\t]#[^\\r\\n]{0,200})?\\r?$", "^[\\u0009\\u0020]*(?:-[\\u0009\\u0020]{1,5})?(?:[\\u0045\\u0065][\\u0058\\u0078][\\u0050\\u0070][\\u004f\\u006f][\\u0052\\u0072][\\u0054\\u0074][\\u0009\\u0020]{1,5}|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074][\\u0009\\u0020]{1,5}|[\\u0052\\u0072][\\u0045\\u0065][\\u0041\\u0061][\\u0044\\u0064][\\u004f\\u006f][\\u004e\\u006e][\\u004c\\u006c][\\u0059\\u0079][\\u0009\\u0020]{1,5}|[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076][\\u0009\\u0020]{1,5}|[\\u0041\\u0061][\\u0052\\u0072][\\u0047\\u0067][\\u0009\\u0020]{1,5}|[\\u0044\\u0064][\\u0045\\u0065][\\u0043\\u0063][\\u004c\\u006c][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0009\\u0020]{1,5}(?:-[\\u0058\\u0078][\\u0009\\u0020]{1,5})?)?(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))|[\\u002d-\\u002e\\u005f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])[\\u0009\\u0020]{0,5}(?::=|=|:)[\\u0009\\u0020]{0,5}([^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d](?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{7}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})))[\\u0009\\u0020]{0,5}(?:[\\u0009\\u0020]#(?:(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}[^\\u000a\\u000d]{0,8}|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})))?\\u000d?$", "m", 1, 0], ["(?im)^[ \\t]*(?:-[ \\t]{1,5})?(?:export[ \\t]{1,5}|set[ \\t]{1,5}|readonly[ \\t]{1,5}|env[ \\t]{1,5}|arg[ \\t]{1,5}|declare[ \\t]{1,5}(?:-x[ \\t]{1,5})?)?[\\w.-]{0,40}?(?:secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[ \\t]{0,5}(?::=|=|:)[ \\t]{0,5}([^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]=][^\\s'\"\\x60$\\{\\}<>#;,()\\[\\]]{11,199})[ \\t]{0,5}(?:[ \\t]#[^\\r\\n]{0,200})?\\r?$", "^[\\u0009\\u0020]*(?:-[\\u0009\\u0020]{1,5})?(?:[\\u0045\\u0065][\\u0058\\u0078][\\u0050\\u0070][\\u004f\\u006f][\\u0052\\u0072][\\u0054\\u0074][\\u0009\\u0020]{1,5}|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0054\\u0074][\\u0009\\u0020]{1,5}|[\\u0052\\u0072][\\u0045\\u0065][\\u0041\\u0061][\\u0044\\u0064][\\u004f\\u006f][\\u004e\\u006e][\\u004c\\u006c][\\u0059\\u0079][\\u0009\\u0020]{1,5}|[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076][\\u0009\\u0020]{1,5}|[\\u0041\\u0061][\\u0052\\u0072][\\u0047\\u0067][\\u0009\\u0020]{1,5}|[\\u0044\\u0064][\\u0045\\u0065][\\u0043\\u0063][\\u004c\\u006c][\\u0041\\u0061][\\u0052\\u0072][\\u0045\\u0065][\\u0009\\u0020]{1,5}(?:-[\\u0058\\u0078][\\u0009\\u0020]{1,5})?)?(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009\\u0020]{0,5}(?::=|=|:)[\\u0009\\u0020]{0,5}([^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d](?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{11}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,12}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027-\\u0029\\u002c\\u003b-\\u003c\\u003e\\u005b\\u005d\\u0060\\u007b\\u007d]{0,15})))[\\u0009\\u0020]{0,5}(?:[\\u0009\\u0020]#(?:(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{16}[^\\u000a\\u000d]{0,8}|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})|[^\\u000a\\u000d]{0,15})))?\\u000d?$", "m", 1, 0], ["(?im)^[ \\t]*(?:ENV|ARG)[ \\t]{1,5}[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|[_.-]pass|secret|token|auth|credential|api[_.-]?key|apikey|access[_.-]?key|private[_.-]?key|signing[_.-]?key|encryption[_.-]?key|master[_.-]?key|hmac[_.-]?key|session[_.-]?key|admin[_.-]?key)[\\w.-]{0,20}[ \\t]{1,10}(?:[\"']([^\"'\\s]{8,200})[\"']|([^\\s'\"\\x60$\\{\\}<>#=][^\\s'\"\\x60$\\{\\}<>#]{7,199}))[ \\t]{0,5}\\r?$", "^[\\u0009\\u0020]*(?:[\\u0045\\u0065][\\u004e\\u006e][\\u0056\\u0076]|[\\u0041\\u0061][\\u0052\\u0072][\\u0047\\u0067])[\\u0009\\u0020]{1,5}(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u002d-\\u002e\\u005f][\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0054\\u0074][\\u004f\\u006f][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u004e\\u006e]|[\\u0041\\u0061][\\u0055\\u0075][\\u0054\\u0074][\\u0048\\u0068]|[\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0045\\u0065][\\u004e\\u006e][\\u0054\\u0074][\\u0049\\u0069][\\u0041\\u0061][\\u004c\\u006c]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0050\\u0070][\\u0049\\u0069][\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0043\\u0063][\\u0043\\u0063][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0050\\u0070][\\u0052\\u0072][\\u0049\\u0069][\\u0056\\u0076][\\u0041\\u0061][\\u0054\\u0074][\\u0045\\u0065][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u0047\\u0067][\\u004e\\u006e][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0045\\u0065][\\u004e\\u006e][\\u0043\\u0063][\\u0052\\u0072][\\u0059\\u0079][\\u0050\\u0070][\\u0054\\u0074][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u004d\\u006d][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0045\\u0065][\\u0052\\u0072][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0048\\u0068][\\u004d\\u006d][\\u0041\\u0061][\\u0043\\u0063][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0049\\u0069][\\u004f\\u006f][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e][\\u002d-\\u002e\\u005f]?[\\u004b\\u006b\\u212a][\\u0045\\u0065][\\u0059\\u0079])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009\\u0020]{1,10}(?:[\\u0022\\u0027]((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0027]{0,15})))[\\u0022\\u0027]|([^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c-\\u003e\\u0060\\u007b\\u007d](?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{7}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15}))))[\\u0009\\u0020]{0,5}\\u000d?$", "m", 2, 0], ["(?im)^[ \\t]*(?:export[ \\t]{1,5})?[\\w.-]{0,40}?(?:passw(?:or)?d|passwd|pwd|pass_?phrase|pass)[\\w.-]{0,20}[ \\t]{0,3}=[ \\t]{0,3}[\"']?([^\\s'\"\\x60$\\{\\}<>#]{8,200})[\"']?[ \\t]{0,5}\\r?$", "^[\\u0009\\u0020]*(?:[\\u0045\\u0065][\\u0058\\u0078][\\u0050\\u0070][\\u004f\\u006f][\\u0052\\u0072][\\u0054\\u0074][\\u0009\\u0020]{1,5})?(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}?|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,8}?)))(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077](?:[\\u004f\\u006f][\\u0052\\u0072])?[\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]_?[\\u0050\\u0070][\\u0048\\u0068][\\u0052\\u0072][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0045\\u0065]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f])(?:(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,4}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]{0,15}))[\\u0009\\u0020]{0,3}=[\\u0009\\u0020]{0,3}[\\u0022\\u0027]?((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{8}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,16}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022-\\u0024\\u0027\\u003c\\u003e\\u0060\\u007b\\u007d]{0,15})))[\\u0022\\u0027]?[\\u0009\\u0020]{0,5}\\u000d?$", "m", 1, 0], ["(?is)\\bkind:[ \\t]*[\"']?secret[\"']?\\s.{0,300}?\\b(?:data|stringData):[ \\t]*\\r?\\n[ \\t]+[\\w.-]+:[ \\t]*[\"']?([A-Za-z0-9+/]{16,}={0,3})[\"']?", "\\b[\\u004b\\u006b\\u212a][\\u0049\\u0069][\\u004e\\u006e][\\u0044\\u0064]:[\\u0009\\u0020]*[\\u0022\\u0027]?[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074][\\u0022\\u0027]?[\\u0009-\\u000a\\u000c-\\u000d\\u0020](?:(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}[^]{0,12}?)))))))))))))))))))\\b(?:[\\u0044\\u0064][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061]|[\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0052\\u0072][\\u0049\\u0069][\\u004e\\u006e][\\u0047\\u0067][\\u0044\\u0064][\\u0041\\u0061][\\u0054\\u0074][\\u0041\\u0061]):[\\u0009\\u0020]*\\u000d?\\u000a[\\u0009\\u0020]+[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a\\u017f\\u212a]+:[\\u0009\\u0020]*[\\u0022\\u0027]?([\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a\\u017f\\u212a]{16,}={0,3})[\\u0022\\u0027]?", "", 1, 1], ["(?m)^[^:#\\s]{1,200}:(?:[0-9]{1,5}|\\*):[^:\\s]{1,200}:[^:\\s]{1,200}:([^\\s]{4,200})\\r?$", "^(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,7}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0023\\u003a]{0,15})):(?:[\\u0030-\\u0039]{1,5}|\\*):(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,7}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})):(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,7}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u003a]{0,15})):((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{4}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,4}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,15})))\\u000d?$", "m", 1, 0], ["(?s)\"auths\"\\s{0,5}:\\s{0,5}\\{.{0,500}?\"auth\"\\s{0,5}:\\s{0,5}\"([A-Za-z0-9+/]{12,500}={0,2})\"", "\"auths\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}\\{(?:(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}[^]{0,4}?))))))))))))))))))))))))))))))))\"auth\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}\"((?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,8}|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))={0,2})\"", "", 1, 1], ["(?s)\"kty\"\\s{0,5}:\\s{0,5}\"(?:RSA|EC|OKP)\".{0,}?\"d\"\\s{0,5}:\\s{0,5}\"([A-Za-z0-9_-]{40,1000})\"", "\"kty\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}\"(?:RSA|EC|OKP)\"[^]{0,}?\"d\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,5}\"((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{8}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,16}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))\"", "", 1, 1], ["(?s)\"type\"\\s{0,10}:\\s{0,10}\"service_account\".{0,1000}?\"private_key\"\\s{0,10}:\\s{0,10}\"(-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\\\ \\r\\n]{64,}?-----END[A-Z ]{0,20}PRIVATE KEY-----)|\"private_key\"\\s{0,10}:\\s{0,10}\"(-----BEGIN[A-Z ]{0,20}PRIVATE KEY-----[A-Za-z0-9+/=\\\\ \\r\\n]{64,}?-----END[A-Z ]{0,20}PRIVATE KEY-----)\\\\?n?\".{0,1000}?\"type\"\\s{0,10}:\\s{0,10}\"service_account\"", "\"type\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}\"service_account\"(?:(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}[^]{0,8}?)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\"private_key\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}\"(-----BEGIN(?:(?:[\\u0020\\u0041-\\u005a]{16}[\\u0020\\u0041-\\u005a]{0,4}|[\\u0020\\u0041-\\u005a]{0,15}))PRIVATE KEY-----(?:[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?)-----END(?:(?:[\\u0020\\u0041-\\u005a]{16}[\\u0020\\u0041-\\u005a]{0,4}|[\\u0020\\u0041-\\u005a]{0,15}))PRIVATE KEY-----)|\"private_key\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}\"(-----BEGIN(?:(?:[\\u0020\\u0041-\\u005a]{16}[\\u0020\\u0041-\\u005a]{0,4}|[\\u0020\\u0041-\\u005a]{0,15}))PRIVATE KEY-----(?:[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?)-----END(?:(?:[\\u0020\\u0041-\\u005a]{16}[\\u0020\\u0041-\\u005a]{0,4}|[\\u0020\\u0041-\\u005a]{0,15}))PRIVATE KEY-----)\\\\?n?\"(?:(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}(?:[^]{0,15}?|[^]{16}[^]{0,8}?)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\"type\"[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{0,10}\"service_account\"", "", 2, 1], ["-----BEGIN (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----", "-----BEGIN (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END (?:DH|X9\\.42 DH|ED25519|ED448|X25519|X448|SM2|ECDSA|ANY) PRIVATE KEY-----", "", 1, 1], ["-----BEGIN DSA PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END DSA PRIVATE KEY-----", "-----BEGIN DSA PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END DSA PRIVATE KEY-----", "", 1, 1], ["-----BEGIN EC PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END EC PRIVATE KEY-----", "-----BEGIN EC PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END EC PRIVATE KEY-----", "", 1, 1], ["-----BEGIN ENCRYPTED PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END ENCRYPTED PRIVATE KEY-----", "-----BEGIN ENCRYPTED PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END ENCRYPTED PRIVATE KEY-----", "", 1, 1], ["-----BEGIN OPENSSH PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END OPENSSH PRIVATE KEY-----", "", 1, 1], ["-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END PGP PRIVATE KEY BLOCK-----", "", 1, 1], ["-----BEGIN PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END PRIVATE KEY-----", "", 1, 1], ["-----BEGIN RSA PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END RSA PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END RSA PRIVATE KEY-----", "", 1, 1], ["-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----(?:(?:\\r?\\n|\\\\r?\\\\n)[\\w-]{1,40}:[^\\r\\n\\\\]{0,200})*(?:\\s|\\\\[rn])*([A-Za-z0-9+/=\\\\\\r\\n\\t ]{64,}?)(?:\\s|\\\\[rn])*-----END SSH2 ENCRYPTED PRIVATE KEY-----", "-----BEGIN SSH2 ENCRYPTED PRIVATE KEY-----(?:(?:\\u000d?\\u000a|\\\\r?\\\\n)(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,7}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})):(?:(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}(?:[^\\u000a\\u000d\\u005c]{16}[^\\u000a\\u000d\\u005c]{0,8}|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})|[^\\u000a\\u000d\\u005c]{0,15})))*(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*((?:[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]{16}[\\u0009-\\u000a\\u000d\\u0020\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005c\\u0061-\\u007a]*?))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|\\\\[\\u006e\\u0072])*-----END SSH2 ENCRYPTED PRIVATE KEY-----", "", 1, 1], ["EXAMPLEKEY$", "EXAMPLEKEY$", "", 0, 1], ["PuTTY-User-Key-File-[23]: [\\w-]{3,40}\\r?\\n(?s:.){0,1000}?Private-Lines: \\d{1,3}\\r?\\n([A-Za-z0-9+/=\\r\\n]{40,}?)\\r?\\nPrivate-MAC: ", "PuTTY-User-Key-File-[\\u0032-\\u0033]: (?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{3}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,5}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))\\u000d?\\u000a(?:(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:(?:[^]){0,15}?|(?:[^]){16}(?:[^]){0,8}?)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))Private-Lines: [\\u0030-\\u0039]{1,3}\\u000d?\\u000a((?:[\\u000a\\u000d\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u000a\\u000d\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u000a\\u000d\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{8}[\\u000a\\u000d\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]*?))\\u000d?\\u000aPrivate-MAC: ", "", 1, 1], ["[\\[\\]<>]", "[\\u003c\\u003e\\u005b\\u005d]", "", 0, 1], ["\\b((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b", "\\b((?:A3T[\\u0030-\\u0039\\u0041-\\u005a]|AKIA|ASIA|ABIA|ACCA)[\\u0032-\\u0037\\u0041-\\u005a]{16})\\b", "", 1, 1], ["\\b((?:api|sdk)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^\\w-]|$)", "\\b((?:api|sdk)-[\\u0030-\\u0039\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{12})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b((?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43}))(?:[^\\w-]|$)", "\\b((?:ntn_[\\u0030-\\u0039]{11}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{3})|secret_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{11})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b((?:pat|sat)\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20})(?:[^\\w-]|$)", "\\b((?:pat|sat)\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6})\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8})\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b((?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b((?:sc|ext|scauth|authress)_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{5}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,9}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))\\.[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4,6}\\.acc[\\u002d\\u005f](?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{10}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,6}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))\\.(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{14}(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,10}|[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b((?:sk|rk)_(?:live|prod)_[0-9A-Za-z]{24,99})(?:[^\\w-]|$)", "\\b((?:sk|rk)_(?:live|prod)_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,11}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b((?:sk|rk)_test_[0-9A-Za-z]{24,99})(?:[^\\w-]|$)", "\\b((?:sk|rk)_test_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,11}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b((?:squ|sqp|sqa)_[a-f0-9]{40})(?:[^\\w-]|$)", "\\b((?:squ|sqp|sqa)_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(00D[A-Za-z0-9]{12,15}![A-Za-z0-9_.]{80,200})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(00D[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12,15}!(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,8}|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(1//0[0-9A-Za-z_-]{60,120})(?:[^\\w-]|$)", "\\b(1\\/\\/0(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,12}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(4b1d[A-Za-z0-9]{38})\\b", "\\b(4b1d(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6}))\\b", "", 1, 1], ["\\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})\\b", "\\b(A3-[\\u0030-\\u0039\\u0041-\\u005a]{6}-(?:[\\u0030-\\u0039\\u0041-\\u005a]{11}|[\\u0030-\\u0039\\u0041-\\u005a]{6}-[\\u0030-\\u0039\\u0041-\\u005a]{5})-[\\u0030-\\u0039\\u0041-\\u005a]{5}-[\\u0030-\\u0039\\u0041-\\u005a]{5}-[\\u0030-\\u0039\\u0041-\\u005a]{5})\\b", "", 1, 1], ["\\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?:[^\\w-]|$)", "\\b(AAAA[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{7}:APA91b(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ABSK[A-Za-z0-9+/]{109,269}={0,2})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(ABSK(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{13}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,16}|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))={0,2})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\\b", "\\b(AGE-SECRET-KEY-1(?:[\\u0030\\u0032-\\u0039\\u0041\\u0043-\\u0048\\u004a-\\u004e\\u0050-\\u005a]{16}[\\u0030\\u0032-\\u0039\\u0041\\u0043-\\u0048\\u004a-\\u004e\\u0050-\\u005a]{16}[\\u0030\\u0032-\\u0039\\u0041\\u0043-\\u0048\\u004a-\\u004e\\u0050-\\u005a]{16}[\\u0030\\u0032-\\u0039\\u0041\\u0043-\\u0048\\u004a-\\u004e\\u0050-\\u005a]{10}))\\b", "", 1, 1], ["\\b(AIza[0-9A-Za-z_-]{35})(?:[^\\w-]|$)", "\\b(AIza(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{3}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(AKCp[A-Za-z0-9]{69})\\b", "\\b(AKCp(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{5}))\\b", "", 1, 1], ["\\b(API-[A-Z0-9]{26})(?:[^\\w-]|$)", "\\b(API-(?:[\\u0030-\\u0039\\u0041-\\u005a]{16}[\\u0030-\\u0039\\u0041-\\u005a]{10}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ATATT3[A-Za-z0-9_=-]{186})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(ATATT3(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(ATBB[A-Za-z0-9]{32})(?:[^\\w-]|$)", "\\b(ATBB(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ATCTT3xFfGN0[A-Za-z0-9_=-]{100,300})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(ATCTT3xFfGN0(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,8}|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}|CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?:[^\\w-]|$)", "\\b(CCIPAT_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6})_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8})|CCIPRJ_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6})_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(CFPAT-[A-Za-z0-9_-]{43})(?:[^\\w-]|$)", "\\b(CFPAT-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(EAA[MC][A-Za-z0-9]{100,600})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(EAA[\\u0043\\u004d](?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,4}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(EZAK[0-9A-Za-z]{54})\\b", "\\b(EZAK(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6}))\\b", "", 1, 1], ["\\b(EZTK[0-9A-Za-z]{54})\\b", "\\b(EZTK(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6}))\\b", "", 1, 1], ["\\b(FLWPUBK(?:_TEST)?-[a-h0-9]{32}-X)", "\\b(FLWPUBK(?:_TEST)?-(?:[\\u0030-\\u0039\\u0061-\\u0068]{16}[\\u0030-\\u0039\\u0061-\\u0068]{16})-X)", "", 1, 1], ["\\b(FLWSECK(?:_TEST)?-?[a-h0-9]{12})\\b", "\\b(FLWSECK(?:_TEST)?-?[\\u0030-\\u0039\\u0061-\\u0068]{12})\\b", "", 1, 1], ["\\b(FLWSECK(?:_TEST)?-[a-h0-9]{32}-X)", "\\b(FLWSECK(?:_TEST)?-(?:[\\u0030-\\u0039\\u0061-\\u0068]{16}[\\u0030-\\u0039\\u0061-\\u0068]{16})-X)", "", 1, 1], ["\\b(GOCSPX-[0-9A-Za-z_-]{28})(?:[^\\w-]|$)", "\\b(GOCSPX-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(GR1348941[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(GR1348941(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(HRKU-AA[0-9A-Za-z_-]{58})(?:[^\\w-]|$)", "\\b(HRKU-AA(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(LTAI[0-9A-Za-z]{12,20})(?:[^\\w-]|$)", "\\b(LTAI(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(NRAK-[A-Z0-9]{27})(?:[^\\w-]|$)", "\\b(NRAK-(?:[\\u0030-\\u0039\\u0041-\\u005a]{16}[\\u0030-\\u0039\\u0041-\\u005a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(NRII-[A-Za-z0-9-]{32})(?:[^\\w-]|$)", "\\b(NRII-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(NRJS-[a-f0-9]{19})(?:[^\\w-]|$)", "\\b(NRJS-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{3}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34})(?:[^\\w-]|$)", "\\b(PMAK-(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})-(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(SG\\.[0-9A-Za-z_-]{22}\\.[0-9A-Za-z_-]{43})(?:[^\\w-]|$)", "\\b(SG\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6})\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(SK[0-9a-fA-F]{32})\\b", "\\b(SK(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))\\b", "", 1, 1], ["\\b(ZXlK(?:aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|cGMzTWlPaU|MGVYQWlPaUp|cmFXUWlP|emRXSWlPaU)[A-Za-z0-9+/]{60,}={0,2})", "\\b(ZXlK(?:aGJHY2lPaU|aGNIVWlPaU|aGNIWWlPaU|aGRXUWlPaU|cGMzTWlPaU|MGVYQWlPaUp|cmFXUWlP|emRXSWlPaU)(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]*)={0,2})", "", 1, 1], ["\\b([0-9A-Za-z]{52}AZDO[0-9A-Za-z]{28})(?:[^\\w-]|$)", "\\b((?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4})AZDO(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b([12]/[0-9]{16}(?:/[0-9]{16})?:[a-f0-9]{32})(?:[^\\w-]|$)", "\\b([\\u0031-\\u0032]\\/[\\u0030-\\u0039]{16}(?:\\/[\\u0030-\\u0039]{16})?:(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b([A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70})(?:[^\\w-]|$)", "\\b([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{14}\\.atlasv1\\.(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,10}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b([\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6}_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{13})_mmk)(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b([MNO][A-Za-z0-9_-]{23,25}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,38})(?:[^\\w-]|$)", "\\b([\\u004d-\\u004f](?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{7}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,2})\\.[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6}\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b([a-f0-9]{32}NRAL)(?:[^\\w-]|$)", "\\b((?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16})NRAL)(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32})\\b", "\\b(access_token\\$(?:production|sandbox)\\$[\\u0030-\\u0039\\u0061-\\u007a]{16}\\$(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))\\b", "", 1, 1], ["\\b(amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\b", "\\b(amzn\\.mws\\.[\\u0030-\\u0039\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{12})\\b", "", 1, 1], ["\\b(api_org_[A-Za-z]{34})(?:[^\\w-]|$)", "\\b(api_org_(?:[\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0041-\\u005a\\u0061-\\u007a]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=&%_-]{20,1000})", "\\b(bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,4}|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025-\\u0026\\u002b\\u002d\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))", "", 1, 1], ["\\b(bkua_[a-f0-9]{40})(?:[^\\w-]|$)", "\\b(bkua_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(cio[0-9A-Za-z]{32})\\b", "\\b(cio(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))\\b", "", 1, 1], ["\\b(cmVmd[A-Za-z0-9]{59})\\b", "\\b(cmVmd(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{11}))\\b", "", 1, 1], ["\\b(dapi[a-f0-9]{32}(?:-\\d)?)(?:[^\\w-]|$)", "\\b(dapi(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16})(?:-[\\u0030-\\u0039])?)(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dckr_(?:pat|oat)_[0-9A-Za-z_-]{27,32})(?:[^\\w-]|$)", "\\b(dckr_(?:pat|oat)_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,5}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dnkey-[A-Za-z0-9=_-]{26}-[A-Za-z0-9=_-]{52})(?:[^\\w-]|$)", "\\b(dnkey-(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10})-(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(doo_v1_[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(doo_v1_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dop_v1_[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(dop_v1_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dor_v1_[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(dor_v1_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dp\\.(?:pt|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44})(?:[^\\w-]|$)", "\\b(dp\\.(?:pt|ct|sa|scim|audit)\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dp\\.st\\.(?:[a-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44})(?:[^\\w-]|$)", "\\b(dp\\.st\\.(?:(?:[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{2}(?:[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,1}|[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,15}))\\.)?(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64})(?:[^\\w-]|$)", "\\b(dt0c01\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8})\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(duffel_(?:test|live)_[0-9A-Za-z_=-]{43})(?:[^\\w-]|$)", "\\b(duffel_(?:test|live)_(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(eyJ[A-Za-z0-9_-]{15,}\\.eyJ[A-Za-z0-9_-]{15,}\\.[A-Za-z0-9_-]{10,})(?:[^\\w-]|$)", "\\b(eyJ[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{15,}\\.eyJ[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{15,}\\.[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10,})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(eyJrIjoi[A-Za-z0-9]{70,400}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(eyJrIjoi(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,10}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))={0,3})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(figd_[A-Za-z0-9_-]{40,64})(?:[^\\w-]|$)", "\\b(figd_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{8}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,8}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(fio-u-[A-Za-z0-9_=-]{64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(fio-u-(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(fo1_[\\w-]{43}|fm1[ar]_[A-Za-z0-9+/]{100,}={0,3}|fm2_[A-Za-z0-9+/]{100,}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(fo1_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11})|fm1[\\u0061\\u0072]_(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]*)={0,3}|fm2_(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]*)={0,3})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(gho_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(gho_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ghp_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(ghp_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ghr_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(ghr_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ghs_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(ghs_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ghu_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(ghu_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})(?:[^\\w-]|$)", "\\b(github_pat_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{6})_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glagent-[0-9A-Za-z_-]{50})(?:[^\\w-]|$)", "\\b(glagent-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glc_[A-Za-z0-9+/]{32,400}={0,3})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(glc_(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,16}|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))={0,3})(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(glcbt-[0-9A-Za-z]{1,5}_[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glcbt-[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{1,5}_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(gldt-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(gldt-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glffct-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glffct-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glft-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glft-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glimt-[0-9A-Za-z_-]{25})(?:[^\\w-]|$)", "\\b(glimt-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{9}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(gloas-[0-9A-Za-z_-]{64})(?:[^\\w-]|$)", "\\b(gloas-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glpat-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glpat-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glpat-[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7})\\b", "\\b(glpat-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,1}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))\\.[\\u0030-\\u0039\\u0061-\\u007a]{2}[\\u0030-\\u0039\\u0061-\\u007a]{7})\\b", "", 1, 1], ["\\b(glptt-[0-9a-f]{40})(?:[^\\w-]|$)", "\\b(glptt-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glrt-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glrt-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glrt-t\\d_[0-9A-Za-z_-]{27,300}\\.[0-9a-z]{2}[0-9a-z]{7})\\b", "\\b(glrt-t[\\u0030-\\u0039]_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,1}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))\\.[\\u0030-\\u0039\\u0061-\\u007a]{2}[\\u0030-\\u0039\\u0061-\\u007a]{7})\\b", "", 1, 1], ["\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?:[^\\w-]|$)", "\\b(glsa_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16})_[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(glsoat-[0-9A-Za-z_-]{20})(?:[^\\w-]|$)", "\\b(glsoat-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(gsk_[A-Za-z0-9]{52})(?:[^\\w-]|$)", "\\b(gsk_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(hf_[A-Za-z]{34})(?:[^\\w-]|$)", "\\b(hf_(?:[\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0041-\\u005a\\u0061-\\u007a]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(hvb\\.[\\w-]{138,300})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(hvb\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,2}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(hvr\\.[A-Za-z0-9_-]{24,120})(?:[^\\w-]|$)", "\\b(hvr\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{8}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,16}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(hvs\\.[A-Za-z0-9]{24})(?:[^\\w-]|$)", "\\b(hvs\\.(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(hvs\\.[\\w-]{90,120})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(hvs\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,14}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(lin_api_[A-Za-z0-9]{40})(?:[^\\w-]|$)", "\\b(lin_api_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?:[^\\w-]|$)", "\\b(lsv2_(?:pt|sk)_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16})_[\\u0030-\\u0039\\u0061-\\u0066]{10})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(nf[pcuo]_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(nf[\\u0063\\u006f-\\u0070\\u0075]_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(npm_[0-9A-Za-z]{36})(?:[^\\w-]|$)", "\\b(npm_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})", "\\b(ops_eyJ(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{10}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]*)={0,3})", "", 1, 1], ["\\b(oy2[a-z0-9]{43})\\b", "\\b(oy2(?:[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{11}))\\b", "", 1, 1], ["\\b(p8e-[A-Za-z0-9]{32})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(p8e-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(pat-(?:na|eu)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[^\\w-]|$)", "\\b(pat-(?:na|eu)[\\u0030-\\u0039]-[\\u0030-\\u0039\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0061-\\u0066]{12})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(pat[A-Za-z0-9]{14}\\.[a-f0-9]{64})\\b", "\\b(pat[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{14}\\.(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))\\b", "", 1, 1], ["\\b(pnu_[A-Za-z0-9]{36})(?:[^\\w-]|$)", "\\b(pnu_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(pplx-[A-Za-z0-9]{48})(?:[^\\w-]|$)", "\\b(pplx-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(pscale_oauth_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(pscale_oauth_(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,16}|[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(pscale_pw_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(pscale_pw_(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,16}|[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(pscale_tkn_[\\w=.-]{32,64})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(pscale_tkn_(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,16}|[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(pul-[a-f0-9]{40})(?:[^\\w-]|$)", "\\b(pul-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000})", "\\b(pypi-AgEIcHlwaS5vcmc(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{2}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,6}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))", "", 1, 1], ["\\b(pypi-AgENdGVzdC5weXBpLm9yZw[A-Za-z0-9_-]{50,1000})", "\\b(pypi-AgENdGVzdC5weXBpLm9yZw(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{2}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,6}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))", "", 1, 1], ["\\b(r8_[A-Za-z0-9]{37})(?:[^\\w-]|$)", "\\b(r8_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{5}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(rdme_[a-z0-9]{70})(?:[^\\w-]|$)", "\\b(rdme_(?:[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{6}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?:[^\\w-]|$)", "\\b(re_[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(rubygems_[a-f0-9]{48})(?:[^\\w-]|$)", "\\b(rubygems_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(s-s4t2(?:ud|af)-[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(s-s4t2(?:ud|af)-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sb_secret_[A-Za-z0-9_-]{20,64})(?:[^\\w-]|$)", "\\b(sb_secret_(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{4}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,12}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sbp_[a-f0-9]{40})(?:[^\\w-]|$)", "\\b(sbp_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})(?:[^\\w-]|$)", "\\b(sgp_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}|local)_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8})|sgp_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sha256~[\\w-]{43})(?:[^\\w-]|$)", "\\b(sha256~(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(shippo_(?:live|test)_[a-fA-F0-9]{40})(?:[^\\w-]|$)", "\\b(shippo_(?:live|test)_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(shpat_[a-fA-F0-9]{32})(?:[^\\w-]|$)", "\\b(shpat_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(shpca_[a-fA-F0-9]{32})(?:[^\\w-]|$)", "\\b(shpca_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(shppa_[a-fA-F0-9]{32})(?:[^\\w-]|$)", "\\b(shppa_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(shpss_[a-fA-F0-9]{32})(?:[^\\w-]|$)", "\\b(shpss_(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58}))(?:[^\\w-]|$)", "\\b(sk-(?:proj|svcacct|admin)-(?:(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10})|(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10}))T3BlbkFJ(?:(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10})|(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{10})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?:[^\\w-]|$)", "\\b(sk-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4})T3BlbkFJ(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)", "\\b(sk-ant-admin01-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{13})AA)(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-ant-api03-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)", "\\b(sk-ant-api03-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{13})AA)(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-ant-oat01-[A-Za-z0-9_-]{93}AA)(?:[^\\w-]|$)", "\\b(sk-ant-oat01-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{13})AA)(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk-or-v1-[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(sk-or-v1-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sk\\.eyJ[A-Za-z0-9_-]{60,200}\\.[A-Za-z0-9_-]{22})(?:[^\\w-]|$)", "\\b(sk\\.eyJ(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,12}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sl\\.[A-Za-z0-9_=-]{130,})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(sl\\.(?:[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{2}[\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]*))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(sm_aat_[A-Za-z0-9]{16})(?:[^\\w-]|$)", "\\b(sm_aat_[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sm_pat_[A-Za-z0-9]{16})(?:[^\\w-]|$)", "\\b(sm_pat_[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sm_sat_[A-Za-z0-9]{16})(?:[^\\w-]|$)", "\\b(sm_sat_[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,400}={0,2}_[A-Za-z0-9+/]{43})(?:[^\\w-]|$)", "\\b(sntrys_eyJpYXQiO(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{10}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,6}|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15}))={0,2}_(?:[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sntryu_[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(sntryu_(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(sq0csp-[0-9A-Za-z_-]{43})(?:[^\\w-]|$)", "\\b(sq0csp-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(tfp_[A-Za-z0-9_.=-]{59})(?:[\\x60'\"\\s;,)<&]|\\\\[nrt]|$)", "\\b(tfp_(?:[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{11}))(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0026-\\u0027\\u0029\\u002c\\u003b-\\u003c\\u0060]|\\\\[\\u006e\\u0072\\u0074]|$)", "", 1, 1], ["\\b(tk-us-[\\w-]{48})(?:[^\\w-]|$)", "\\b(tk-us-(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(tskey-(?:api|auth|client|scim|webhook)-[A-Za-z0-9]{8,20}-[A-Za-z0-9]{24,64})(?:[^\\w-]|$)", "\\b(tskey-(?:api|auth|client|scim|webhook)-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,12})-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,8}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(v1\\.0-[a-f0-9]{24}-[a-f0-9]{146})(?:[^\\w-]|$)", "\\b(v1\\.0-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8})-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{2}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(vc[piark]_[0-9A-Za-z]{56})(?:[^\\w-]|$)", "\\b(vc[\\u0061\\u0069\\u006b\\u0070\\u0072]_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(whsec_[0-9A-Za-z]{32,64})(?:[^\\w-]|$)", "\\b(whsec_(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,16}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xai-[A-Za-z0-9]{80})(?:[^\\w-]|$)", "\\b(xai-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xapp-\\d-[A-Z0-9]{9,12}-\\d{10,16}-[a-f0-9]{64})(?:[^\\w-]|$)", "\\b(xapp-[\\u0030-\\u0039]-[\\u0030-\\u0039\\u0041-\\u005a]{9,12}-[\\u0030-\\u0039]{10,16}-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xkeysib-[a-f0-9]{64}-[0-9A-Za-z]{16})(?:[^\\w-]|$)", "\\b(xkeysib-(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16})-[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16})(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xox[ar]-(?:\\d-)?[0-9A-Za-z]{20,48})(?:[^\\w-]|$)", "\\b(xox[\\u0061\\u0072]-(?:[\\u0030-\\u0039]-)?(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,12}|[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xox[os]-[0-9]{1,16}-[0-9]{1,16}-[0-9]{1,16}-[0-9a-fA-F]{16,64})(?:[^\\w-]|$)", "\\b(xox[\\u006f\\u0073]-[\\u0030-\\u0039]{1,16}-[\\u0030-\\u0039]{1,16}-[\\u0030-\\u0039]{1,16}-(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}(?:[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,16}|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})|[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xox[pe](?:-[0-9]{10,13}){3}-[A-Za-z0-9]{28,34})(?:[^\\w-]|$)", "\\b(xox[\\u0065\\u0070](?:(?:-[\\u0030-\\u0039]{10,13})(?:-[\\u0030-\\u0039]{10,13})(?:-[\\u0030-\\u0039]{10,13}))-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{12}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,6}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{20,32})(?:[^\\w-]|$)", "\\b(xoxb-[\\u0030-\\u0039]{10,13}-[\\u0030-\\u0039]{10,13}-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{4}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,12}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(xoxb-[0-9]{8,14}-[A-Za-z0-9]{18,26})(?:[^\\w-]|$)", "\\b(xoxb-[\\u0030-\\u0039]{8,14}-(?:[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{2}[\\u0030-\\u0039\\u0041-\\u005a\\u0061-\\u007a]{0,8}))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\b(ya29\\.[0-9A-Za-z_-]{30,400})(?:[^\\w-]|$)", "\\b(ya29\\.(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{14}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,2}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))(?:[^\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]|$)", "", 1, 1], ["\\bclient-key-data:[ \\t]{0,5}[\"']?(LS0tLS1CRUdJTi[A-Za-z0-9+/=]{100,1000})", "\\bclient-key-data:[\\u0009\\u0020]{0,5}[\\u0022\\u0027]?(LS0tLS1CRUdJTi(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{4}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,4}|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})|[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{0,15})))", "", 1, 1], ["\\bcurl\\b[^\\r\\n]{0,400}?\\s(?:-u|--user)(?:=|\\s{1,5})[\"']?([^\\s:'\"$]{1,100}:[^\\s'\"$]{3,200})[\"']?(?:\\s|$)", "\\bcurl\\b(?:(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}(?:[^\\u000a\\u000d]{0,15}?|[^\\u000a\\u000d]{16}[^\\u000a\\u000d]{0,16}?)))))))))))))))))))))))))[\\u0009-\\u000a\\u000c-\\u000d\\u0020](?:-u|--user)(?:=|[\\u0009-\\u000a\\u000c-\\u000d\\u0020]{1,5})[\\u0022\\u0027]?((?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{1}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,3}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027\\u003a]{0,15})):(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{3}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}(?:[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{16}[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,5}|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})|[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0022\\u0024\\u0027]{0,15})))[\\u0022\\u0027]?(?:[\\u0009-\\u000a\\u000c-\\u000d\\u0020]|$)", "", 1, 1], ["\\{\\{", "\\{\\{", "", 0, 1], ["^#\\{.*\\}#?$", "^#\\{[^\\n]*\\}#?$", "", 0, 1], ["^%[A-Za-z0-9_]+%$", "^%[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+%$", "", 0, 1], ["^%[\\w.()-]+%?s?$", "^%[\\u0028-\\u0029\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+%?s?$", "", 0, 1], ["^%\\(?[\\w.]+\\)?s?$", "^%\\(?[\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+\\)?s?$", "", 0, 1], ["^(?:/|\\./|\\.\\./|~/|[A-Za-z]:\\\\)", "^(?:\\/|\\.\\/|\\.\\.\\/|~\\/|[\\u0041-\\u005a\\u0061-\\u007a]:\\\\)", "", 0, 1], ["^(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?(?:\\.(?:[a-z_$][a-z_$]*(?:[A-Z][a-z]+|[0-9]{1,2})*|[A-Z][A-Z0-9_]*|(?:[A-Z][a-z]+)+)(?:\\[\\d{1,4}\\])?){1,6}$", "^(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?)(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?)(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?)(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?)(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?)(?:(?:\\.(?:[\\u0024\\u005f\\u0061-\\u007a][\\u0024\\u005f\\u0061-\\u007a]*(?:[\\u0041-\\u005a][\\u0061-\\u007a]+|[\\u0030-\\u0039]{1,2})*|[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]*|(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)+)(?:\\[[\\u0030-\\u0039]{1,4}\\])?))?)?)?)?)?)$", "", 0, 1], ["^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)[a-z0-9_-]{0,40}$", "^(?:abc|xyz|foo|bar|baz|qux|test|demo|fake|dummy|sample|my|your|salt)(?:(?:[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,8}|[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u005f\\u0061-\\u007a]{0,15}))$", "", 0, 1], ["^(?:dXNlcjpwYXNz|YWRtaW46YWRtaW4=|dXNlcm5hbWU6cGFzc3dvcmQ=|czZCaGRSa3F0MzpnWDFmQmF0M2JW)$", "^(?:dXNlcjpwYXNz|YWRtaW46YWRtaW4=|dXNlcm5hbWU6cGFzc3dvcmQ=|czZCaGRSa3F0MzpnWDFmQmF0M2JW)$", "", 0, 1], ["^(?:gh[pousr]_|github_pat_|npm_|glpat-)", "^(?:gh[\\u006f-\\u0070\\u0072-\\u0073\\u0075]_|github_pat_|npm_|glpat-)", "", 0, 1], ["^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\\d{3})\\s?", "^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp[\\u0030-\\u0039]{3})[\\u0009-\\u000a\\u000c-\\u000d\\u0020]?", "", 0, 1], ["^(?i)(?:password|passwd|pass|pwd|secret|changeme|changeit|postgres|guest|root|admin|mysql|redis|rabbitmq|\\*+|x+|\\.\\.\\.)$", "^(?:[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u004f\\u006f][\\u0052\\u0072][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f][\\u0057\\u0077][\\u0044\\u0064]|[\\u0050\\u0070][\\u0041\\u0061][\\u0053\\u0073\\u017f][\\u0053\\u0073\\u017f]|[\\u0050\\u0070][\\u0057\\u0077][\\u0044\\u0064]|[\\u0053\\u0073\\u017f][\\u0045\\u0065][\\u0043\\u0063][\\u0052\\u0072][\\u0045\\u0065][\\u0054\\u0074]|[\\u0043\\u0063][\\u0048\\u0068][\\u0041\\u0061][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u004d\\u006d][\\u0045\\u0065]|[\\u0043\\u0063][\\u0048\\u0068][\\u0041\\u0061][\\u004e\\u006e][\\u0047\\u0067][\\u0045\\u0065][\\u0049\\u0069][\\u0054\\u0074]|[\\u0050\\u0070][\\u004f\\u006f][\\u0053\\u0073\\u017f][\\u0054\\u0074][\\u0047\\u0067][\\u0052\\u0072][\\u0045\\u0065][\\u0053\\u0073\\u017f]|[\\u0047\\u0067][\\u0055\\u0075][\\u0045\\u0065][\\u0053\\u0073\\u017f][\\u0054\\u0074]|[\\u0052\\u0072][\\u004f\\u006f][\\u004f\\u006f][\\u0054\\u0074]|[\\u0041\\u0061][\\u0044\\u0064][\\u004d\\u006d][\\u0049\\u0069][\\u004e\\u006e]|[\\u004d\\u006d][\\u0059\\u0079][\\u0053\\u0073\\u017f][\\u0051\\u0071][\\u004c\\u006c]|[\\u0052\\u0072][\\u0045\\u0065][\\u0044\\u0064][\\u0049\\u0069][\\u0053\\u0073\\u017f]|[\\u0052\\u0072][\\u0041\\u0061][\\u0042\\u0062][\\u0042\\u0062][\\u0049\\u0069][\\u0054\\u0074][\\u004d\\u006d][\\u0051\\u0071]|\\*+|[\\u0058\\u0078]+|\\.\\.\\.)$", "", 0, 1], ["^-?[0-9]+(?:\\.[0-9]+)?$", "^-?[\\u0030-\\u0039]+(?:\\.[\\u0030-\\u0039]+)?$", "", 0, 1], ["^<[^>]*>$", "^<[^\\u003e]*>$", "", 0, 1], ["^@[\\w.-]+@?$", "^@[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+@?$", "", 0, 1], ["^ENC\\[[A-Z0-9_]+,data:", "^ENC\\[[\\u0030-\\u0039\\u0041-\\u005a\\u005f]+,data:", "", 0, 1], ["^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "^Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq", "", 0, 1], ["^[*xX.#_-]+$", "^[\\u0023\\u002a\\u002d-\\u002e\\u0058\\u005f\\u0078]+$", "", 0, 1], ["^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "^[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{8}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{4}-[\\u0030-\\u0039\\u0041-\\u0046\\u0061-\\u0066]{12}$", "", 0, 1], ["^[0-9a-f]{40}$", "^(?:[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{16}[\\u0030-\\u0039\\u0061-\\u0066]{8})$", "", 0, 1], ["^[?_$]?(?:(?:[a-z]{1,12}|[A-Z]{2,6})(?:[A-Z][a-z]+){1,8}|(?:[A-Z][a-z]+){2,8})[A-Z]{0,6}[0-9]{0,3}$", "^[\\u0024\\u003f\\u005f]?(?:(?:[\\u0061-\\u007a]{1,12}|[\\u0041-\\u005a]{2,6})(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+))?)?)?)?)?)?)?)|(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+)(?:(?:[\\u0041-\\u005a][\\u0061-\\u007a]+))?)?)?)?)?)?))[\\u0041-\\u005a]{0,6}[\\u0030-\\u0039]{0,3}$", "", 0, 1], ["^[A-Z]?[a-z]{3,40}$", "^[\\u0041-\\u005a]?(?:[\\u0061-\\u007a]{3}(?:[\\u0061-\\u007a]{16}(?:[\\u0061-\\u007a]{16}[\\u0061-\\u007a]{0,5}|[\\u0061-\\u007a]{0,15})|[\\u0061-\\u007a]{0,15}))$", "", 0, 1], ["^[A-Z][A-Z0-9_]{3,}$", "^[\\u0041-\\u005a][\\u0030-\\u0039\\u0041-\\u005a\\u005f]{3,}$", "", 0, 1], ["^[A-Za-z][a-z]+(?:-[A-Za-z][a-z]+)+$", "^[\\u0041-\\u005a\\u0061-\\u007a][\\u0061-\\u007a]+(?:-[\\u0041-\\u005a\\u0061-\\u007a][\\u0061-\\u007a]+)+$", "", 0, 1], ["^[\\w.+-]{1,64}@[\\w-]{1,63}\\.[\\w.-]{2,100}$", "^(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}|[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))@(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,14}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))\\.(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{2}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,2}|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u002d-\\u002e\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15}))$", "", 0, 1], ["^[a-z]+(?:[_-][a-z]+)+[0-9]{0,4}$", "^[\\u0061-\\u007a]+(?:[\\u002d\\u005f][\\u0061-\\u007a]+)+[\\u0030-\\u0039]{0,4}$", "", 0, 1], ["^[a-z][a-z0-9+.-]{1,20}://[^:@/\\s]+@[^@\\s]*$", "^[\\u0061-\\u007a](?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{1}(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{0,3}|[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{0,15})):\\/\\/[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u002f\\u003a\\u0040]+@[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0040]*$", "", 0, 1], ["^[a-z][a-z0-9+.-]{1,20}://[^@\\s]*$", "^[\\u0061-\\u007a](?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{1}(?:[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{0,3}|[\\u002b\\u002d-\\u002e\\u0030-\\u0039\\u0061-\\u007a]{0,15})):\\/\\/[^\\u0009-\\u000a\\u000c-\\u000d\\u0020\\u0040]*$", "", 0, 1], ["^[a-z_]+(?:[.:][a-z_]+)+$", "^[\\u005f\\u0061-\\u007a]+(?:[\\u002e\\u003a][\\u005f\\u0061-\\u007a]+)+$", "", 0, 1], ["^\\$[\\w{(]", "^\\$[\\u0028\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007b]", "", 0, 1], ["^\\$\\(?[A-Za-z0-9_]+\\)?$", "^\\$\\(?[\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]+\\)?$", "", 0, 1], ["^\\{\\{.*\\}\\}$", "^\\{\\{[^\\n]*\\}\\}$", "", 0, 1], ["^arn:aws[\\w-]*:", "^arn:aws[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]*:", "", 0, 1], ["^sha(?:1|256|384|512)-[A-Za-z0-9+/=]{20,}$", "^sha(?:1|256|384|512)-(?:[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{16}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]{4}[\\u002b\\u002f-\\u0039\\u003d\\u0041-\\u005a\\u0061-\\u007a]*)$", "", 0, 1], ["https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/api(?:/v\\d+)?/webhooks/[0-9]{17,20}/([A-Za-z0-9_-]{60,80})", "https:\\/\\/(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com\\/api(?:\\/v[\\u0030-\\u0039]+)?\\/webhooks\\/(?:[\\u0030-\\u0039]{16}[\\u0030-\\u0039]{1}[\\u0030-\\u0039]{0,3})\\/((?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{12}(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,4}|[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))", "", 1, 1], ["https://[a-z0-9-]{1,63}\\.webhook\\.office\\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/([a-z0-9]{32})/[a-z0-9-]{36}", "https:\\/\\/(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{1}(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{0,14}|[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{0,15})|[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{0,15}))\\.webhook\\.office\\.com\\/webhookb2\\/(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{4})@(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{4})\\/IncomingWebhook\\/((?:[\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u0030-\\u0039\\u0061-\\u007a]{16}))\\/(?:[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0061-\\u007a]{4})", "", 1, 1], ["https://chat\\.googleapis\\.com/v1/spaces/[A-Za-z0-9_-]{6,20}/messages\\?key=[A-Za-z0-9_-]{30,45}&token=([A-Za-z0-9_%=-]{30,80})", "https:\\/\\/chat\\.googleapis\\.com\\/v1\\/spaces\\/(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{6}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,14})\\/messages\\?key=(?:[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{14}[\\u002d\\u0030-\\u0039\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})&token=((?:[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{14}(?:[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}(?:[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{16}[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,2}|[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})|[\\u0025\\u002d\\u0030-\\u0039\\u003d\\u0041-\\u005a\\u005f\\u0061-\\u007a]{0,15})))", "", 1, 1], ["https://hooks\\.zapier\\.com/hooks/catch/[0-9]{5,12}/([a-z0-9]{6,12})/?", "https:\\/\\/hooks\\.zapier\\.com\\/hooks\\/catch\\/[\\u0030-\\u0039]{5,12}\\/([\\u0030-\\u0039\\u0061-\\u007a]{6,12})\\/?", "", 1, 1]];

;// CONCATENATED MODULE: ./src/rules/load.ts
/**
 * Loads rule configs (stanch `.stanch.toml`, gitleaks `.gitleaks.toml`) and the built-in rules.
 * Every field is validated; errors are one line naming source, rule id and field.
 * Regexes must be RE2 syntax: they are compiled with re2js, which rejects backreferences and
 * lookaround exactly like Go's regexp, so a config that loads here runs on every backend.
 */






const CHECKSUM_KINDS = ['github-crc32', 'npm-crc32', 'jwt', 'pypi-macaroon', 'luhn'];
const RULE_KEYS = new Set([
    'id', 'description', 'regex', 'secretGroup', 'entropy', 'keywords', 'path', 'tags', 'severity',
    'confidence', 'checksum', 'revokeUrl', 'allowlists', 'allowlist', 'samples', 'skipReport', 'required',
]);
const REQUIRED_KEYS = new Set(['id', 'withinLines', 'withinColumns']);
const ALLOWLIST_KEYS = new Set([
    'description', 'condition', 'regexTarget', 'regexes', 'paths', 'stopwords', 'commits',
]);
// `rotation` belongs to src/rotation/config.ts; the scan loader accepts it and leaves it alone.
const TOP_KEYS = new Set(['title', 'description', 'minVersion', 'extend', 'rules', 'allowlist', 'allowlists', 'rotation']);
const EXTEND_KEYS = new Set(['useDefault', 'disabledRules', 'path', 'url']);
function fail(where, msg) {
    throw new errors/* StanchError */.W(`${where}: ${msg}`);
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function checkKeys(t, allowed, where) {
    for (const k of Object.keys(t))
        if (!allowed.has(k))
            fail(where, `unknown field "${k}"`);
}
function optString(t, key, where) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        fail(where, `field "${key}" must be a string`);
    return v;
}
function stringList(t, key, where) {
    const v = t[key];
    if (v === undefined)
        return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        fail(where, `field "${key}" must be a list of strings`);
    return v;
}
function optNumber(t, key, where, min, max) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
        fail(where, `field "${key}" must be a number between ${min} and ${max}`);
    }
    return v;
}
/** Compiles with re2js (RE2 semantics) and returns the capture group count; one-line error otherwise. */
function checkRe2(pattern, where, field) {
    try {
        return build/* RE2JS */.L3.compile(pattern).groupCount();
    }
    catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        const hint = /\(\?[=!<]|\\[1-9]/.test(pattern)
            ? ' (RE2 syntax: lookaround and backreferences are not supported)'
            : '';
        fail(where, `field "${field}" is not a valid RE2 regex: ${reason}${hint}`);
    }
}
const trustRe2 = () => Infinity;
function parseAllowlist(t, where, check = checkRe2) {
    if (!isTable(t))
        fail(where, 'must be a table');
    checkKeys(t, ALLOWLIST_KEYS, where);
    const condition = (optString(t, 'condition', where) ?? 'OR').toUpperCase();
    if (condition !== 'OR' && condition !== 'AND')
        fail(where, 'field "condition" must be "OR" or "AND"');
    const regexTarget = optString(t, 'regexTarget', where) ?? 'secret';
    if (regexTarget !== 'secret' && regexTarget !== 'match' && regexTarget !== 'line') {
        fail(where, 'field "regexTarget" must be "secret", "match" or "line"');
    }
    const regexes = stringList(t, 'regexes', where);
    const paths = stringList(t, 'paths', where);
    regexes.forEach((r, i) => check(r, where, `regexes[${i}]`));
    paths.forEach((r, i) => check(r, where, `paths[${i}]`));
    const stopwords = stringList(t, 'stopwords', where);
    const commits = stringList(t, 'commits', where);
    if (regexes.length + paths.length + stopwords.length + commits.length === 0) {
        fail(where, 'allowlist has no regexes, paths, stopwords or commits');
    }
    const description = optString(t, 'description', where);
    return {
        ...(description !== undefined ? { description } : {}),
        condition,
        regexTarget,
        regexes,
        paths,
        stopwords,
        commits,
    };
}
/** `[[rules.required]]` of rule `ruleId`. Whether each id names a rule is checked once the config is assembled (checkRequiredIds). */
function parseRequired(t, ruleId, where) {
    const v = t.required;
    if (v === undefined)
        return [];
    if (!Array.isArray(v) || !v.every(isTable))
        fail(where, 'field "required" must be a list of [[rules.required]] tables');
    const seen = new Set();
    return v.map((r, i) => {
        const at = `${where} required[${i}]`;
        checkKeys(r, REQUIRED_KEYS, at);
        const id = r.id;
        if (typeof id !== 'string' || id.trim() === '')
            fail(at, 'field "id" must name another rule');
        if (id === ruleId)
            fail(at, 'a rule cannot require itself');
        // gitleaks would count the id as met when either entry is; one entry with both limits says what is meant.
        if (seen.has(id))
            fail(at, `rule "${id}" is already required: put its withinLines and withinColumns in one [[rules.required]]`);
        seen.add(id);
        const required = { id };
        for (const key of ['withinLines', 'withinColumns']) {
            const n = r[key];
            if (n === undefined)
                continue;
            if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
                fail(at, `field "${key}" must be a whole number, 0 or more`);
            required[key] = n;
        }
        return required;
    });
}
function parseAllowlists(t, key, where, check = checkRe2) {
    const v = t[key];
    if (v === undefined)
        return [];
    const list = key === 'allowlist' && isTable(v) ? [v] : v;
    if (!Array.isArray(list))
        fail(where, `field "${key}" must be a list of tables`);
    return list.map((a, i) => parseAllowlist(a, `${where} ${key}[${i}]`, check));
}
/** Validates one raw rule table. `source` names the file for error messages. */
function parseRule(raw, source, index, check = checkRe2) {
    if (!isTable(raw))
        fail(`${source}: rules[${index}]`, 'must be a table');
    const idValue = raw.id;
    if (typeof idValue !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(idValue)) {
        fail(`${source}: rules[${index}]`, 'field "id" must be a string of letters, digits, ".", "_" or "-"');
    }
    const id = idValue;
    const where = `${source}: rule "${id}"`;
    checkKeys(raw, RULE_KEYS, where);
    const regex = optString(raw, 'regex', where);
    const path = optString(raw, 'path', where);
    if (regex === undefined && path === undefined)
        fail(where, 'needs field "regex" or "path"');
    const groups = regex !== undefined ? check(regex, where, 'regex') : 0;
    if (path !== undefined)
        check(path, where, 'path');
    const secretGroup = optNumber(raw, 'secretGroup', where, 0, groups);
    if (secretGroup !== undefined && !Number.isInteger(secretGroup))
        fail(where, 'field "secretGroup" must be an integer');
    const severity = raw.severity ?? 'high';
    if (!(0,model_severity/* isSeverity */._Z)(severity))
        fail(where, 'field "severity" must be critical, high, medium or low');
    const checksum = optString(raw, 'checksum', where);
    if (checksum !== undefined && !CHECKSUM_KINDS.includes(checksum)) {
        fail(where, `field "checksum" must be one of ${CHECKSUM_KINDS.join(', ')}`);
    }
    if (raw.skipReport !== undefined && typeof raw.skipReport !== 'boolean')
        fail(where, 'field "skipReport" must be a boolean');
    const rule = {
        id,
        description: optString(raw, 'description', where) ?? id,
        keywords: stringList(raw, 'keywords', where).map((k) => k.toLowerCase()).filter((k) => k.length > 0),
        tags: stringList(raw, 'tags', where),
        allowlists: [...parseAllowlists(raw, 'allowlists', where, check), ...parseAllowlists(raw, 'allowlist', where, check)],
        severity,
        confidence: optNumber(raw, 'confidence', where, 0, 1) ?? 0.8,
    };
    if (regex !== undefined)
        rule.regex = regex;
    if (path !== undefined)
        rule.path = path;
    const required = parseRequired(raw, id, where);
    if (required.length > 0)
        rule.required = required;
    if (raw.skipReport === true)
        rule.skipReport = true;
    if (secretGroup !== undefined)
        rule.secretGroup = secretGroup;
    const entropy = optNumber(raw, 'entropy', where, 0, 16);
    if (entropy !== undefined)
        rule.entropy = entropy;
    if (checksum !== undefined)
        rule.checksum = checksum;
    const revokeUrl = optString(raw, 'revokeUrl', where);
    if (revokeUrl !== undefined)
        rule.revokeUrl = revokeUrl;
    if (raw.samples !== undefined) {
        const s = raw.samples;
        if (!isTable(s))
            fail(where, 'field "samples" must be a table');
        rule.samples = { positive: stringList(s, 'positive', `${where} samples`), negative: stringList(s, 'negative', `${where} samples`) };
    }
    return rule;
}
function parseRules(list, source, check = checkRe2) {
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        fail(source, 'field "rules" must be a list of [[rules]] tables');
    const seen = new Set();
    return list.map((raw, i) => {
        const rule = parseRule(raw, source, i, check);
        if (seen.has(rule.id))
            fail(`${source}: rule "${rule.id}"`, 'duplicate rule id');
        seen.add(rule.id);
        return rule;
    });
}
/** Parses a `.stanch.toml` / `.gitleaks.toml` text. */
function parseConfigToml(text, source) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        const e = err;
        const where = typeof e.line === 'number' ? `${source}:${e.line}` : source;
        fail(where, `invalid TOML: ${String(e.message ?? err).split('\n')[0]}`);
    }
    checkKeys(doc, TOP_KEYS, source);
    const extend = doc.extend ?? {};
    if (!isTable(extend))
        fail(source, 'field "extend" must be a table');
    checkKeys(extend, EXTEND_KEYS, `${source}: [extend]`);
    if (extend.useDefault !== undefined && typeof extend.useDefault !== 'boolean') {
        fail(`${source}: [extend]`, 'field "useDefault" must be a boolean');
    }
    const config = {
        rules: parseRules(doc.rules, source),
        allowlists: [...parseAllowlists(doc, 'allowlists', source), ...parseAllowlists(doc, 'allowlist', source)],
        useDefault: extend.useDefault === true,
        disabledRules: stringList(extend, 'disabledRules', `${source}: [extend]`),
    };
    const title = optString(doc, 'title', source);
    if (title !== undefined)
        config.title = title;
    const extendPath = optString(extend, 'path', `${source}: [extend]`);
    if (extendPath !== undefined)
        config.extendPath = extendPath;
    return config;
}
let builtinCache;
function loadBuiltins() {
    if (builtinCache)
        return builtinCache;
    (0,re2_to_js/* addKnownTranslations */.vM)(builtinTranslations);
    const rules = [];
    const allowlists = [];
    const seen = new Map();
    for (const file of builtinRuleFiles) {
        for (const rule of parseRules(file.rules, file.source, trustRe2)) {
            const other = seen.get(rule.id);
            if (other)
                fail(`${file.source}: rule "${rule.id}"`, `duplicate rule id (also in ${other})`);
            seen.set(rule.id, file.source);
            const window = builtinKeywordWindows[rule.id];
            if (window !== undefined)
                rule.keywordWindow = window;
            const lead = builtinKeywordLeads[rule.id];
            if (lead !== undefined)
                rule.keywordLead = lead;
            const leadChars = builtinKeywordLeadChars[rule.id];
            if (leadChars !== undefined)
                rule.keywordLeadChars = leadChars;
            const followChars = builtinKeywordFollowChars[rule.id];
            if (followChars !== undefined)
                rule.keywordFollowChars = followChars;
            const longest = builtinMaxMatch[rule.id];
            if (longest !== undefined)
                rule.maxMatch = longest;
            rules.push(rule);
        }
        allowlists.push(...parseAllowlists(file, 'allowlists', file.source, trustRe2));
    }
    builtinCache = { rules, allowlists };
    return builtinCache;
}
/**
 * The built-in rules (from the generated module), parsed once. Structure is checked here; regexes
 * were checked by scripts/gen-rules.mjs (see trustRe2). Returns a fresh array.
 */
function builtinRules() {
    return loadBuiltins().rules.slice();
}
/** Global allowlists shipped with the built-in rules (`[[allowlists]]` in builtin files). */
function builtinAllowlists() {
    return loadBuiltins().allowlists.slice();
}
/**
 * Each `[[rules.required]]` id of `own` (the rules of config file `source`) must name a rule of the
 * assembled config `all`: this file's, those it extends, the built-ins it adds. (gitleaks looks only
 * in the same file; looking further accepts every config it accepts.)
 */
function checkRequiredIds(own, all, source) {
    const ids = new Set(all.map((r) => r.id));
    for (const rule of own) {
        rule.required?.forEach((req, i) => {
            if (ids.has(req.id))
                return;
            const builtin = loadBuiltins().rules.some((r) => r.id === req.id);
            const hint = builtin ? ' (it is a built-in rule: add [extend] useDefault = true)' : '';
            fail(`${source}: rule "${rule.id}" required[${i}]`, `field "id": no rule "${req.id}" in this config${hint}`);
        });
    }
}
/**
 * gitleaks semantics: a config replaces the defaults unless `[extend] useDefault = true`; a user
 * rule with a built-in id overrides it; `disabledRules` removes rules by id.
 */
function effectiveRules(parsed, builtins) {
    const own = new Set(parsed.rules.map((r) => r.id));
    const base = parsed.useDefault ? builtins.filter((r) => !own.has(r.id)) : [];
    const disabled = new Set(parsed.disabledRules);
    return [...base, ...parsed.rules].filter((r) => !disabled.has(r.id));
}


/***/ })

};
