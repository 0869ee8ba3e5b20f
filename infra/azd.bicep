// Entry point for the Azure Developer CLI (azure.yaml). It deploys main.bicep with what azd needs:
// - the azd environment name as the name prefix, and azd's location;
// - the tag azd-service-name=bot on the web app, which is how `azd deploy` finds where the code goes;
// - buildOnAppService: azd zips the sources without node_modules, so App Service installs and builds them
//   (npm ci, npm run build, npm prune --omit=dev) instead of running a finished bundle.
// The bot's identity is the user-assigned managed identity (main.bicep's default): nothing secret to pass.

targetScope = 'resourceGroup'

@description('Name of the azd environment (AZURE_ENV_NAME): the resource name prefix, 3 to 20 lower-case characters.')
@minLength(3)
@maxLength(20)
param environmentName string

@description('Azure region (AZURE_LOCATION). Norway East keeps the data in Norway.')
param location string = 'norwayeast'

@description('Municipality profile (BTI_PROFILE in the azd environment).')
param profile string = 'tromso-2025'

@description('Days a closed case is kept before Cosmos DB deletes it by TTL.')
param retentionDays int = 365

module bot 'main.bicep' = {
  name: 'bti-bot'
  params: {
    namePrefix: environmentName
    location: location
    profile: profile
    retentionDays: retentionDays
    buildOnAppService: true
    webAppTags: {
      'azd-service-name': 'bot'
    }
  }
}

// azd writes these into .azure/<environment>/.env; `npm run package`, which azd runs while packaging, reads
// BOT_ID and BOT_DOMAIN from the environment for the Teams app package.
output BOT_ID string = bot.outputs.BOT_ID
output BOT_DOMAIN string = bot.outputs.BOT_DOMAIN
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = bot.outputs.BOT_AZURE_APP_SERVICE_RESOURCE_ID
output COSMOS_ENDPOINT string = bot.outputs.cosmosEndpoint
output WEB_APP_NAME string = bot.outputs.webAppName
