/** Loads a project from disk: the config, its definition files, everything that went wrong. */
import path from 'node:path'
import { loadConfig, loadDefinitions, type LoadedDefinition, type SourceFile } from '../definitions/load.js'
import { DEFAULT_DEFINITION_GLOBS, type Config } from '../definitions/schema.js'
import type { Finding } from '../model/findings.js'
import { positionOf } from '../model/source.js'
import { findDefinitionFiles, readSourceFile, requireConfigFile, toDisplayPath } from './project-files.js'

export interface LoadedProject {
  /** Absent when rolegate.yml itself is invalid. */
  config?: Config
  configFile: string
  definitions: LoadedDefinition[]
  findings: Finding[]
  files: SourceFile[]
}

export async function loadProjectFromDisk(configPath: string, workspace: string): Promise<LoadedProject> {
  const absoluteConfig = await requireConfigFile(configPath, workspace)
  const configSource = await readSourceFile(absoluteConfig, workspace)
  const loadedConfig = loadConfig(configSource)
  const findings = [...loadedConfig.findings]
  if (!loadedConfig.config) return { configFile: configSource.path, definitions: [], findings, files: [configSource] }

  const root = path.dirname(absoluteConfig)
  const globs = loadedConfig.config.definitions ?? DEFAULT_DEFINITION_GLOBS
  const { files, unmatched } = await findDefinitionFiles(root, globs)
  const explicitGlobs = loadedConfig.config.definitions !== undefined
  const matched = globs.filter(glob => !unmatched.includes(glob)).map(withoutExtension)
  for (const glob of unmatched) {
    // `iam/**/*.yml` + `iam/**/*.yaml` is the documented default: an extension variant of a glob
    // that matched is not worth a word; any other glob that matches nothing is.
    if (files.length > 0 && (!explicitGlobs || matched.includes(withoutExtension(glob)))) continue
    const location = explicitGlobs
      ? positionOf(loadedConfig.config.definitions, globs.indexOf(glob))
      : positionOf(loadedConfig.config)
    findings.push({
      rule: 'schema',
      severity: files.length === 0 ? 'error' : 'warning',
      message: `definitions glob "${glob}" matches no file under ${toDisplayPath(root, workspace) || '.'}; globs are relative to the folder of rolegate.yml`,
      file: configSource.path,
      line: location?.line ?? 1,
      column: location?.column ?? 1
    })
  }
  const sources = await Promise.all(files.filter(file => file !== absoluteConfig).map(file => readSourceFile(file, workspace)))
  const { definitions, findings: definitionFindings } = loadDefinitions(sources)
  findings.push(...definitionFindings)
  return { config: loadedConfig.config, configFile: configSource.path, definitions, findings, files: [configSource, ...sources] }
}

function withoutExtension(glob: string): string {
  return glob.replace(/\.(ya?ml|json)$/, '')
}
