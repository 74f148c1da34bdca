import os,sys,time,subprocess,collections
jar=sys.argv[1]; opts=sys.argv[2:]
D='/tmp/csi-issue13/incidents-10000000-villages-3000'
p=subprocess.Popen(['java']+opts+['-jar',jar,'report','--data',D,'--period','2024','--compare','yoy','--format','json','--out','/tmp/s19/out.json'],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True)
import threading
log=[]
def rd():
    for line in p.stderr:
        log.append((time.time()-t0,line.strip()))
t0=time.time()
th=threading.Thread(target=rd); th.start()
def grp(n):
    for pre,g in [('C2','C2'),('C1','C1'),('G1','GC'),('GC','GC'),('csi-plain','plain'),('csi-json','json'),('Thread-','thr'),('ForkJoin','fj'),('csi-','csi')]:
        if n.startswith(pre): return g
    return 'main' if n=='java' else 'other'
last={}; samples=[]
while p.poll() is None:
    t=time.time()-t0; cur=collections.Counter()
    try:
        for tid in os.listdir('/proc/%d/task'%p.pid):
            try:
                name=open('/proc/%d/task/%s/comm'%(p.pid,tid)).read().strip()
                st=open('/proc/%d/task/%s/stat'%(p.pid,tid)).read().rsplit(')',1)[1].split()
                ticks=int(st[11])+int(st[12])
                d=ticks-last.get(tid,0); last[tid]=ticks
                cur[grp(name)]+=d
            except Exception: pass
    except Exception: pass
    samples.append((t,cur)); time.sleep(0.25)
th.join()
G=['main','thr','fj','plain','json','csi','C2','C1','GC','other']
agg=collections.defaultdict(collections.Counter)
for t,c in samples: agg[int(t)]+=c
print('sec '+' '.join('%5s'%g for g in G)+'  total')
for s in sorted(agg): print('%3d '%s+' '.join('%5d'%agg[s][g] for g in G)+'  %5d'%sum(agg[s].values()))
tot=collections.Counter()
for c in agg.values(): tot+=c
print('tot '+' '.join('%5d'%tot[g] for g in G)+'  %5d'%sum(tot.values()))
for t,l in log: print('%6.2f %s'%(t,l))
