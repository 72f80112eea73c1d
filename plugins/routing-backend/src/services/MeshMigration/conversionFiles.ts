import {
  gitopsFolder,
  migrationFiles,
  type ExistingFolder,
  type Finding,
  type KubernetesObject,
  type ManifestFile,
} from '@portway/plugin-routing-common';
import type { MeshConversion } from './convertEntityVirtualServices';

/** The routes of one GitOps folder: the entity's, for one cluster and the routes' namespace. */
export interface FolderRoutes {
  cluster: string;
  namespace: string;
  /** `clusters/{cluster}/{namespace}/{entity}`. */
  folder: string;
  routes: KubernetesObject[];
}

/**
 * The entity's GitOps folders the routes go to, `clusters/{cluster}/{namespace}/{entity}`: a
 * mesh route lives in its VirtualService's namespace.
 */
export function routeFolders(conversion: MeshConversion): FolderRoutes[] {
  const folders = new Map<string, FolderRoutes>();
  for (const { cluster, routes } of conversion.clusters) {
    for (const route of routes) {
      const namespace = route.metadata?.namespace ?? 'default';
      const folder = gitopsFolder({
        entityRef: conversion.entityRef,
        cluster,
        namespace,
      });
      const entry = folders.get(folder) ?? {
        cluster,
        namespace,
        folder,
        routes: [],
      };
      entry.routes.push(route);
      folders.set(folder, entry);
    }
  }
  return [...folders.values()];
}

/**
 * The files the conversion adds, as an Ingress migration writes them (migrationFiles): each
 * route in its own file of its folder, each folder's kustomization.yaml merged. AlreadyExists
 * or InvalidKustomization in any folder: no files at all.
 */
export function conversionFiles(
  folders: FolderRoutes[],
  existing: Record<string, ExistingFolder | undefined>,
): { files: ManifestFile[]; findings: Finding[] } {
  const written = folders.map(({ folder, routes }) =>
    migrationFiles(
      routes,
      folder,
      existing[folder],
      'the VirtualService was converted before',
    ),
  );
  const findings = written.flatMap(w => w.findings);
  return {
    files: findings.length > 0 ? [] : written.flatMap(w => w.files),
    findings,
  };
}
