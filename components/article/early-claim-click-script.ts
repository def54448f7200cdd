/**
 * An inline script the page renders before the workspace: the article's highlights are in
 * the server's HTML, so they can be clicked before the page's scripts have run. Until the
 * workspace hydrates, a click on one is recorded (the claim ids under the pointer, innermost
 * first, ids checked like `isClaimId`) and the innermost claim's full record is
 * requested at once; the workspace then focuses (`takeEarlyClaimClick` in early-claim-click.ts) that claim as if the click had come later.
 * Nothing else is read or written; the request carries the session cookie like any other.
 */
export const EARLY_CLAIM_CLICK_SCRIPT = `(function(){var w=window;if(w.__factmarkHydrated!==undefined)return;w.__factmarkHydrated=false;
function h(e){if(w.__factmarkHydrated){document.removeEventListener("click",h,true);return}
var el=e.target instanceof Element?e.target:null,root=el&&el.closest(".article-text");if(!root)return;var ids=[];
for(;el&&el!==root;el=el.parentElement){var id=el.getAttribute("data-claim-id");if(id&&/^[A-Za-z0-9_-]{1,100}$/.test(id)&&ids.indexOf(id)<0)ids.push(id)}
if(!ids.length)return;var c=null;try{c=fetch("/api/v1/claims/"+ids[0],{credentials:"same-origin",headers:{accept:"application/json"}})}catch(x){}
if(c)c.catch(function(){});w.__factmarkEarlyClick={ids:ids,t:e.timeStamp,claim:c}}
document.addEventListener("click",h,true)})();`;
