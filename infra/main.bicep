// Nämndbot in Azure: the production shape. One deployment per municipality (all its nämnder share it).
//   az deployment group create -g <resource-group> -f infra/main.bicep -p infra/main.parameters.prod.json
// See docs/deploy.md for the whole procedure.

@description('Short name used in resource names, e.g. "nykoping".')
@minLength(3)
@maxLength(16)
param name string

@description('Environment: test or prod. Prod runs two instances.')
@allowed(['test', 'prod'])
param environment string = 'prod'

param location string = resourceGroup().location

@description('Microsoft Entra tenant of the municipality (single-tenant bot).')
param tenantId string = subscription().tenantId

@description('The bot identity: a user-assigned managed identity is created; no client secret to rotate.')
param botDisplayName string = 'Nämndbot'

@description('API key for POST /api/meetings (at least 16 characters). Stored in Key Vault.')
@secure()
@minLength(16)
param apiKey string

@description('App Service plan SKU. P0v3 or larger for two always-on instances.')
param appServiceSku string = environment == 'prod' ? 'P0v3' : 'B1'

var instances = environment == 'prod' ? 2 : 1
var suffix = uniqueString(resourceGroup().id, name)
var appName = 'namndbot-${name}-${environment}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${appName}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${appName}'
  location: location
  properties: { sku: { name: 'PerGB2018' }, retentionInDays: 90 }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${appName}'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', WorkspaceResourceId: logs.id }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-${name}-${suffix}'
  location: location
  properties: {
    sku: { name: environment == 'prod' ? 'Standard' : 'Basic', family: 'C', capacity: 1 }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisConfiguration: { 'maxmemory-policy': 'noeviction' }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${name}-${take(suffix, 8)}'
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource apiKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'api-key'
  properties: { value: apiKey }
}

resource storeUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'store-url'
  properties: { value: 'rediss://:${redis.listKeys().primaryKey}@${redis.properties.hostName}:${redis.properties.sslPort}' }
}

// The app reads its secrets from Key Vault as its managed identity ("Key Vault Secrets User").
resource vaultReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, 'secrets-user')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${appName}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku, capacity: instances }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: { type: 'UserAssigned', userAssignedIdentities: { '${identity.id}': {} } }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appCommandLine: 'node dist/index.js'
      appSettings: [
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'API_KEY', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=api-key)' }
        { name: 'STORE_URL', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=store-url)' }
        { name: 'PUBLIC_URL', value: 'https://${appName}.azurewebsites.net' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'WEBSITE_NODE_DEFAULT_VERSION', value: '~20' }
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
  dependsOn: [vaultReader]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${appName}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: environment == 'prod' ? 'S1' : 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: { channelName: 'MsTeamsChannel', properties: { isEnabled: true } }
}

@description('The bot\'s messaging endpoint.')
output messagingEndpoint string = 'https://${app.properties.defaultHostName}/api/messages'

@description('BOT_ID for npm run package (the Teams app manifest).')
output botId string = identity.properties.clientId

output appName string = app.name
