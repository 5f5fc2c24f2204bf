/**
 * The built-in rules, in the order they run: repairs, then line detectors,
 * then context detectors that read what the others found.
 */
import type {Rule} from './rule.js'
import {shareWidget} from './detect/share-widget.js'
import {siteTemplate} from './detect/site-template.js'
import {blockClassifier} from './detect/block-classifier.js'
import {domMainContent} from './detect/dom-main-content.js'
import {domLandmark} from './detect/dom-landmark.js'
import {domLinkDensity} from './detect/dom-link-density.js'
import {domTitle} from './detect/dom-title.js'
import {domTokens} from './detect/dom-tokens.js'

/** Every built-in rule, in pipeline order. */
export const rules: readonly Rule[] = [shareWidget, siteTemplate, domTokens, domLandmark, domLinkDensity, domTitle, domMainContent, blockClassifier]
