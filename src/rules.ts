/**
 * The built-in rules, in the order they run: repairs, then line detectors,
 * then context detectors that read what the others found.
 */
import type {Rule} from './rule.js'
import {htmlEntity} from './repair/html-entity.js'
import {mojibake} from './repair/mojibake.js'
import {invisibleChar} from './repair/invisible-char.js'
import {tagFragment} from './repair/tag-fragment.js'
import {shareWidget} from './detect/share-widget.js'
import {trackingScript} from './detect/tracking-script.js'
import {uiChrome} from './detect/ui-chrome.js'
import {tagList} from './detect/tag-list.js'
import {promoLine} from './detect/promo-line.js'
import {byline} from './detect/byline.js'
import {creditTail} from './detect/credit-tail.js'
import {gluedCaption} from './detect/glued-caption.js'
import {shareCards} from './detect/share-cards.js'
import {gluedPromo} from './detect/glued-promo.js'
import {gluedTeaser} from './detect/glued-teaser.js'
import {dateStamp} from './detect/date-stamp.js'
import {authorBio} from './detect/author-bio.js'
import {relatedZone} from './detect/related-zone.js'
import {commentZone} from './detect/comment-zone.js'
import {photoCaption} from './detect/photo-caption.js'
import {repeatedHeadline} from './detect/repeated-headline.js'
import {siteTemplate} from './detect/site-template.js'
import {blockClassifier} from './detect/block-classifier.js'
import {domMainContent} from './detect/dom-main-content.js'
import {domLandmark} from './detect/dom-landmark.js'
import {domLinkDensity} from './detect/dom-link-density.js'
import {domTitle} from './detect/dom-title.js'
import {domTokens} from './detect/dom-tokens.js'

/** Every built-in rule, in pipeline order. */
export const rules: readonly Rule[] = [htmlEntity, mojibake, invisibleChar, tagFragment, trackingScript, shareWidget, uiChrome, tagList, promoLine, byline, creditTail, gluedCaption, gluedPromo, gluedTeaser, shareCards, dateStamp, authorBio, siteTemplate, domTokens, domLandmark, domLinkDensity, domTitle, domMainContent, relatedZone, commentZone, photoCaption, repeatedHeadline, blockClassifier]
