/**
 * The Google Maps provider's surface: the only package that touches GMapsFX and JavaFX's WebView
 * (ArchitectureTest), so a console that never asks for Google never loads WebKit.
 */
package com.fieldwork.console.map.google;
