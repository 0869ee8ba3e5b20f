// BTI-bot in one resource group: Cosmos DB for NoSQL, App Service (Linux, Node 24) with managed
// identity, Azure Bot with the Teams channel, Application Insights on a Log Analytics workspace.
// Deploy: see infra/README.md (azd up with azure.yaml, the Agents Toolkit with m365agents.yml, or
// az deployment group create … --template-file infra/main.bicep).

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters

@description('Short lower-case prefix for resource names, e.g. btibot or btibot-vtoten.')
@minLength(3)
@maxLength(20)
param namePrefix string

@description('Azure region for data and compute. Norway East keeps the data in Norway.')
param location string = 'norwayeast'

@description('Days a closed case (and idle bot turn state) is kept before Cosmos DB deletes it by TTL.')
@minValue(1)
@maxValue(3650)
param retentionDays int = 365

@description('UserAssignedMSI (default): the template creates a user-assigned managed identity for the bot; no secret exists, nothing to rotate. SingleTenant: the bot signs in with an Entra app registration (botAppId) and its client secret (botAppPasswordSecretUri or botAppPassword).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('Client id of the bot\'s Entra app registration, only with botAppType SingleTenant. Leave empty for UserAssignedMSI: the identity\'s client id is used.')
param botAppId string = ''

@description('The bot app registration\'s client secret, when not using Key Vault. Never put it in a parameters file.')
@secure()
param botAppPassword string = ''

@description('Key Vault secret URI holding the bot client secret (e.g. https://myvault.vault.azure.net/secrets/bti-bot-secret). Preferred over botAppPassword; the web app identity needs "Key Vault Secrets User" on the vault.')
param botAppPasswordSecretUri string = ''

@description('Municipality profile the bot uses for its content (BTI_PROFILE).')
@allowed([
  'tromso-2025'
  'vestre-toten'
])
param profile string = 'tromso-2025'

@description('Azure Bot pricing tier. F0 is free with a message cap on premium channels; Teams is a standard channel.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Serverless is cheapest for a few teams; Provisioned uses shared autoscale throughput on the database.')
@allowed([
  'Serverless'
  'Provisioned'
])
param cosmosCapacityMode string = 'Serverless'

@description('Autoscale maximum RU/s for the database when cosmosCapacityMode is Provisioned.')
@minValue(1000)
param cosmosMaxThroughput int = 1000

@description('Turn off Cosmos DB account keys so only Entra identities (the web app, operators with a data role) can read data.')
param cosmosDisableKeyAuth bool = true

@description('App Service plan SKU (Linux). B1 is enough for a pilot; use P0v3 or higher for production.')
param appServiceSku string = 'B1'

@description('Days the Log Analytics workspace keeps logs and Application Insights telemetry (workspace-based).')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Display name of the bot in Azure.')
param botDisplayName string = 'BTI-bot'

@description('false (default): the deployed zip is the finished production bundle (scripts/bundle-app.sh: dist, cards, node_modules without dev dependencies) and App Service runs it as it is. true: the zip holds the sources without node_modules (what azd uploads) and App Service builds them: npm ci, npm run build, then npm prune --omit=dev so no development dependency (TypeScript, the Cosmos emulator) stays.')
param buildOnAppService bool = false

@description('Tags on the web app. azd finds the service it deploys to by the tag azd-service-name.')
param webAppTags object = {}

// ---------------------------------------------------------------------------------------------
// Names and derived values

var suffix = substring(uniqueString(resourceGroup().id, namePrefix), 0, 6)
var prefix = toLower(namePrefix)
var cosmosAccountName = '${prefix}-cosmos-${suffix}'
var webAppName = '${prefix}-web-${suffix}'
var planName = '${prefix}-plan'
var botName = '${prefix}-bot-${suffix}'
var workspaceName = '${prefix}-logs'
var appInsightsName = '${prefix}-appi'
var botIdentityName = '${prefix}-bot-id'
var databaseName = 'btibot'
var tenantId = tenant().tenantId
var useBotMsi = botAppType == 'UserAssignedMSI'
var serverless = cosmosCapacityMode == 'Serverless'
// Free and shared plans cannot keep the app always on.
var alwaysOn = !contains([
  'F1'
  'D1'
], toUpper(appServiceSku))
var webHostName = '${webAppName}.azurewebsites.net'
// Cosmos DB built-in data-plane role "Cosmos DB Built-in Data Contributor".
var cosmosDataContributorRoleId = '00000000-0000-0000-0000-000000000002'
var secondsPerDay = 86400

// Every container is partitioned on /pk (see src/store/containers.ts). defaultTtl -1 turns TTL on
// with no default: only items that carry a `ttl` (closed cases, sent reminders) expire.
var containerDefs = [
  {
    name: 'cases'
    partitionKey: '/pk'
    defaultTtl: -1
  }
  {
    name: 'conversations'
    partitionKey: '/pk'
    defaultTtl: -1
  }
  {
    name: 'reminders'
    partitionKey: '/pk'
    defaultTtl: -1
  }
  {
    name: 'botstate'
    partitionKey: '/pk'
    defaultTtl: retentionDays * secondsPerDay
  }
]

// Composite indexes of the cases container, one per list query (filter, then sort): cases newest first
// (type, createdAt DESC), meetings newest first (type, startUtc DESC; with caseRef for one case's meetings),
// an avklaring's proposals in order (type, avklaringId, createdAt ASC).
var casesCompositeIndexes = [
  [
    {
      path: '/type'
      order: 'ascending'
    }
    {
      path: '/createdAt'
      order: 'descending'
    }
  ]
  [
    {
      path: '/type'
      order: 'ascending'
    }
    {
      path: '/startUtc'
      order: 'descending'
    }
  ]
  [
    {
      path: '/type'
      order: 'ascending'
    }
    {
      path: '/caseRef'
      order: 'ascending'
    }
    {
      path: '/startUtc'
      order: 'descending'
    }
  ]
  [
    {
      path: '/type'
      order: 'ascending'
    }
    {
      path: '/avklaringId'
      order: 'ascending'
    }
    {
      path: '/createdAt'
      order: 'ascending'
    }
  ]
]

// ---------------------------------------------------------------------------------------------
// Monitoring

resource logWorkspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logWorkspace.id
    IngestionMode: 'LogAnalytics'
  }
}

// ---------------------------------------------------------------------------------------------
// Cosmos DB for NoSQL

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: cosmosAccountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: serverless ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: cosmosDisableKeyAuth
    // Databases and containers are managed here, not by the app (Entra data-plane roles cannot create them).
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: serverless ? {} : {
      autoscaleSettings: {
        maxThroughput: cosmosMaxThroughput
      }
    }
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in containerDefs: {
  parent: database
  name: c.name
  properties: {
    resource: {
      id: c.name
      partitionKey: {
        paths: [
          c.partitionKey
        ]
        kind: 'Hash'
        version: 2
      }
      defaultTtl: c.defaultTtl
      // Every path keeps the default range index (equality filters and single-field ORDER BY); the lists of
      // the cases container filter on one field and sort on another, which a composite index serves
      // (src/store/containers.ts, CASES_COMPOSITE_INDEXES, keeps the same list for the local store). The
      // reminder poll's status filter is served by the range index on /status, so a day's sent reminders
      // (kept 30 days) are never loaded; the local store keeps the same index (embeddedPartitionIndex.ts).
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          {
            path: '/*'
          }
        ]
        excludedPaths: [
          {
            path: '/"_etag"/?'
          }
        ]
        compositeIndexes: c.name == 'cases' ? casesCompositeIndexes : []
      }
    }
    options: {}
  }
}]

// ---------------------------------------------------------------------------------------------
// Identity for the bot (UserAssignedMSI only)

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useBotMsi) {
  name: botIdentityName
  location: location
}

var effectiveBotAppId = useBotMsi ? botIdentity.properties.clientId : botAppId

// ---------------------------------------------------------------------------------------------
// App Service

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

// The client secret reaches the app only as an app setting: a Key Vault reference when given,
// otherwise the secure parameter; none at all for a managed-identity bot.
var passwordSettings = !empty(botAppPasswordSecretUri) ? [
  {
    name: 'MICROSOFT_APP_PASSWORD'
    value: '@Microsoft.KeyVault(SecretUri=${botAppPasswordSecretUri})'
  }
] : (!empty(botAppPassword) ? [
  {
    name: 'MICROSOFT_APP_PASSWORD'
    value: botAppPassword
  }
] : [])

var baseSettings = [
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmos.properties.documentEndpoint
  }
  {
    name: 'COSMOS_DATABASE'
    value: databaseName
  }
  {
    name: 'MICROSOFT_APP_ID'
    value: effectiveBotAppId
  }
  {
    name: 'MICROSOFT_APP_TYPE'
    value: botAppType
  }
  {
    name: 'MICROSOFT_APP_TENANT_ID'
    value: tenantId
  }
  {
    name: 'BTI_PROFILE'
    value: profile
  }
  {
    name: 'RETENTION_DAYS'
    value: string(retentionDays)
  }
  {
    name: 'BOT_PUBLIC_URL'
    value: 'https://${webHostName}'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsights.properties.ConnectionString
  }
  {
    // App Service's own Node.js agent sends requests, dependencies and exceptions; no SDK in the app.
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
  {
    // See buildOnAppService: a finished bundle must not be rebuilt; sources must be.
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: buildOnAppService ? 'true' : 'false'
  }
]

// App Service's build (Oryx) would keep the development dependencies; this build leaves only production ones.
var buildSettings = buildOnAppService ? [
  {
    name: 'CUSTOM_BUILD_COMMAND'
    value: 'npm ci --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund'
  }
] : []

resource web 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: webAppTags
  kind: 'app,linux'
  identity: useBotMsi ? {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  } : {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: alwaysOn
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat(baseSettings, buildSettings, passwordSettings)
    }
  }
}

// The bot's JSON log lines go to stdout; without this setting they stay in App Service's log stream and
// never reach the workspace (and its retention). HTTP access logs are left out: they hold client addresses
// and add nothing the bot's own turn log does not say.
resource webDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'bot-logs-to-workspace'
  scope: web
  properties: {
    workspaceId: logWorkspace.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// The web app's system identity may read and write items (not keys, not account settings).
resource cosmosDataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, web.id, cosmosDataContributorRoleId)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributorRoleId}'
    principalId: web.identity.principalId
    scope: cosmos.id
  }
}

// ---------------------------------------------------------------------------------------------
// Azure Bot + Teams channel

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: union({
    displayName: botDisplayName
    endpoint: 'https://${webHostName}/api/messages'
    msaAppId: effectiveBotAppId
    msaAppType: botAppType
    msaAppTenantId: tenantId
  }, useBotMsi ? {
    msaAppMSIResourceId: botIdentity.id
  } : {})
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs

@description('Host name of the web app: BOT_DOMAIN for the Teams app package.')
output webAppHostName string = web.properties.defaultHostName

@description('Name of the web app, for az webapp deploy.')
output webAppName string = web.name

@description('The bot\'s app id: BOT_ID for the Teams app package.')
output botId string = effectiveBotAppId

@description('Name of the Azure Bot resource.')
output botResourceName string = bot.name

@description('Cosmos DB endpoint the app uses (COSMOS_ENDPOINT).')
output cosmosEndpoint string = cosmos.properties.documentEndpoint

@description('Principal id of the web app\'s system identity, e.g. to grant it Key Vault Secrets User.')
output webAppPrincipalId string = web.identity.principalId

@description('Name of the Cosmos DB account.')
output cosmosAccountName string = cosmos.name

// The same values under the names the Agents Toolkit (m365agents.yml) and azd write into their env files
// and read back as ${{BOT_ID}} / ${BOT_ID}: the Teams app package and the code deployment use them.

@description('BOT_ID for the Teams app package (the bot\'s app id or managed identity client id).')
output BOT_ID string = effectiveBotAppId

@description('BOT_DOMAIN for the Teams app package.')
output BOT_DOMAIN string = web.properties.defaultHostName

@description('Resource id of the web app, where azureAppService/zipDeploy deploys the code.')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = web.id
